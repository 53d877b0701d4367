import { prose } from './prose'
export const organisation = {
  name: 'University of Harrowmere',
  about: [
    prose`The University of Harrowmere is a research-intensive university of around 21,000 students and 3,600 staff,
      based on three campuses in the city of Harrowmere. Founded as the Harrowmere School of Science and Art in 1875
      and granted its Royal Charter in 1921, the University is known for research in clean energy, healthy ageing,
      coastal environments and the creative industries, and for its commitment to widening access to higher
      education.`,
    prose`Rooted in the city and the Harrow Valley, the University works with schools, hospitals, businesses and
      community groups to turn its research and teaching into benefits for the region and beyond. It contributes an
      estimated £1.1 billion a year to the regional economy, supports more than 25 spin-out companies and welcomes
      the public to its libraries, galleries, festivals and lectures throughout the year.`,
  ],
  outOfHoursPhone: '+44 1632 960999',
  pressEmail: 'press@harrowmere.ac.uk',
  social: {
    x: 'https://x.com/HarrowmereUni',
    linkedin: 'https://www.linkedin.com/school/university-of-harrowmere',
    bluesky: 'https://bsky.app/profile/harrowmere.ac.uk',
    facebook: 'https://www.facebook.com/UniversityOfHarrowmere',
  },
}
