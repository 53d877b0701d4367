import { prose } from './prose'
import type { SeedRelease } from './types'

// 36 fictional releases, 12 a year from 2024 to 2026, in date order.
export const releases: SeedRelease[] = [
  // ───────────────────────────── 2024 ─────────────────────────────
  {
    slug: 'kelp-seaweed-batteries-grid-storage',
    title: 'Kelp could power the batteries of the future, Harrowmere chemists find',
    summary: prose`Chemists at the University of Harrowmere have turned farmed kelp into a cheap, non-toxic
      electrode material that could help store renewable energy on the grid without relying on scarce metals.`,
    releaseDate: '2024-01-16T09:00:00.000Z',
    corrections: [
      {
        kind: 'correction',
        date: '2024-01-17T11:30:00.000Z',
        note: prose`An earlier version said the electrodes held charge for 5,000 cycles. The paper reports 3,000
          cycles; the figure has been corrected.`,
      },
      {
        kind: 'update',
        date: '2024-03-04T10:00:00.000Z',
        note: prose`The research team has since been awarded £1.2 million to build a pilot battery; a paragraph on
          the award was added.`,
      },
    ],
    topics: ['research', 'climate-and-environment'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`A team of chemists from the University of Harrowmere has developed a way of turning farmed kelp
          into carbon electrodes for sodium-ion batteries, offering a low-cost and sustainable alternative to
          materials mined overseas. The findings, published today in the journal Coastal Energy Materials, describe
          laboratory cells that kept 91 per cent of their capacity after 2,000 charge cycles. The researchers hope
          the approach will help local grids store surplus wind and solar power for when it is needed.`,
      },
      { type: 'h2', text: 'From seaweed farm to battery cell' },
      {
        type: 'p',
        text: prose`The team heated dried sugar kelp, harvested from a trial farm in the Harrow Estuary, in an
          oxygen-free furnace to produce a hard carbon riddled with tiny pores. Those pores act as parking spaces
          for sodium ions as a battery charges and discharges. Because kelp grows quickly without fertiliser, fresh
          water or farmland, the researchers say it could become a reliable feedstock for coastal communities.`,
      },
      {
        type: 'quote',
        text: prose`“Kelp is one of the fastest-growing organisms on the planet, and it soaks up carbon as it
          grows,” said Dr Tomasz Wierzbicki, Senior Lecturer in Materials Chemistry, who led the study. “We have
          shown that it can do far more than fertilise fields or thicken ice cream. With the right treatment it
          becomes a high-performance battery material.”`,
      },
      {
        type: 'ul',
        items: [
          'Electrodes kept **91 per cent** of their capacity after 2,000 cycles',
          'The process runs at temperatures around 300°C lower than comparable methods',
          'One hectare of kelp farm could supply enough carbon for around 4,000 home battery units',
        ],
      },
      {
        type: 'p',
        text: prose`The team is now working with local seaweed growers to test larger batches. Find out more about
          the [Harrowmere Energy Materials Lab](https://www.harrowmere.ac.uk/research/energy-materials).`,
      },
    ],
    notesToEditors: [
      prose`The paper, “Hard carbon anodes from cultivated sugar kelp for sodium-ion storage”, is published in
        Coastal Energy Materials (DOI: 10.5555/cem.2024.0117).`,
      'The research was funded by the Northern Research Council and the Harrow Estuary Seaweed Cooperative.',
      'Images are available to download below.',
    ],
    related: ['tidecell-kelp-battery-spin-out-first-order', 'tidecell-opens-kelp-battery-pilot-plant'],
    image: {
      alt: 'Ribbons of brown kelp drying on racks in a laboratory',
      caption: 'Dried sugar kelp ready to be processed into battery electrodes at the Harrowmere Energy Materials Lab.',
      credit: 'University of Harrowmere',
      hue: 145,
      label: 'Kelp batteries',
    },
  },
  {
    slug: 'wearable-sensor-early-sepsis-care-homes',
    title: 'Wearable patch spots early warning signs of sepsis in care home residents',
    summary: prose`A soft skin patch developed at the University of Harrowmere detected the early signs of sepsis an
      average of 11 hours before staff noticed symptoms, in a six-month trial across 14 care homes.`,
    releaseDate: '2024-02-13T08:00:00.000Z',
    topics: ['health-and-medicine', 'research'],
    contacts: ['rhys-calloway'],
    body: [
      {
        type: 'p',
        text: prose`Researchers from the University of Harrowmere's Medical School and School of Engineering have
          tested a wireless skin patch that monitors breathing rate, temperature and heart rhythm in older people
          living in care homes. In a six-month trial involving 412 residents at 14 homes across Harrowmere and
          Sedgeby, the patch flagged developing sepsis an average of 11 hours before it was recognised by staff. The
          team developed the device because sepsis in older adults often begins with subtle changes that are easy to
          miss.`,
      },
      {
        type: 'p',
        text: prose`Sepsis happens when the body's response to an infection starts to damage its own tissues and
          organs. It is a medical emergency, and every hour of delay in treatment increases the risk of death.`,
      },
      {
        type: 'quote',
        text: prose`“Care home staff are incredibly skilled, but they cannot watch every resident every minute of
          the night,” said Professor Helen Ashdown, Professor of Geriatric Medicine, who co-led the trial. “This
          patch acts as a second pair of eyes. When it raised an alert, residents were seen by a clinician sooner
          and fewer needed intensive care.”`,
      },
      { type: 'h3', text: 'Key findings' },
      {
        type: 'ul',
        items: [
          'Alerts came an average of **11 hours** earlier than routine observations',
          'Intensive care admissions for sepsis fell by 34 per cent compared with the previous year',
          'Nine in ten residents said the patch was comfortable enough to forget about',
        ],
      },
      {
        type: 'p',
        text: prose`A larger trial involving 60 care homes is planned for 2025. Read more about the [Centre for
          Healthy Ageing](https://www.harrowmere.ac.uk/research/healthy-ageing).`,
      },
    ],
    notesToEditors: [
      'The trial results are published in Clinical Prevention Review.',
      prose`The study was funded by the Harrowmere Health Foundation and carried out with the consent of residents
        or their families.`,
      'Images are available to download below.',
    ],
    image: {
      alt: 'A small white sensor patch on the upper arm of an older woman',
      caption: 'The wireless sensor patch being fitted during the care home trial.',
      credit: 'University of Harrowmere',
      hue: 200,
      label: 'Sepsis patch',
    },
  },
  {
    slug: 'music-hall-archive-acquired',
    title: "University acquires archive of Harrowmere's forgotten music halls",
    summary: prose`More than 6,000 playbills, song sheets and photographs charting a century of popular
      entertainment in Harrowmere have been acquired by the University's Special Collections and will be opened to
      the public.`,
    releaseDate: '2024-03-07T09:30:00.000Z',
    topics: ['arts-and-culture'],
    contacts: ['samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere has acquired the Penrose Collection, an archive of more than 6,000
          playbills, song sheets, letters and photographs from the city's music halls, which flourished between the
          1850s and the 1950s. The collection, bought with support from the Calder Heritage Trust, will be
          catalogued over the next 18 months and made available to researchers and the public in the University's
          Special Collections reading room. It offers a rare record of the working-class entertainment that once
          filled the Old Quay every night of the week.`,
      },
      {
        type: 'p',
        text: prose`The archive was assembled over three generations by the Penrose family, who ran the Alhambra
          Palace of Varieties on Castlegate until it closed in 1958. It includes handwritten running orders, costume
          designs and the only known photographs of several performers who toured the northern music halls.`,
      },
      {
        type: 'quote',
        text: prose`“These are the voices of people who rarely made it into the history books: dockers, mill girls,
          comedians and acrobats,” said Dr Felicity Marchbank, Lecturer in Theatre History. “This archive lets us
          hear how Harrowmere laughed, sang and argued about the issues of the day.”`,
      },
      {
        type: 'p',
        text: prose`Volunteers from the city's Lantern Street Heritage Group will help to transcribe song lyrics,
          and a selection of items will go on display in a free exhibition in 2025. Anyone interested in
          volunteering can [register their interest
          online](https://www.harrowmere.ac.uk/special-collections/volunteer).`,
      },
    ],
    notesToEditors: [
      prose`The Penrose Collection was acquired for £185,000 with support from the Calder Heritage Trust and the
        Friends of Harrowmere Libraries.`,
      'Special Collections is open to the public from Monday to Friday, 10am to 4pm; appointments are recommended.',
      'Images are available to download below.',
    ],
    image: {
      alt: 'A faded Victorian playbill advertising acts at the Alhambra Palace of Varieties',
      caption: 'A playbill from the Alhambra Palace of Varieties, Castlegate, dated 1893.',
      credit: 'Penrose Collection, University of Harrowmere Special Collections',
      hue: 30,
      label: 'Music halls',
    },
  },
  {
    slug: 'lumenfold-spin-out-raises-funding-glass-coating',
    title: 'Spin-out Lumenfold raises £4.2 million to scale energy-saving glass coating',
    summary: prose`Lumenfold, a University of Harrowmere spin-out, has raised £4.2 million to bring to market its
      transparent window coating, which can cut heat loss through the windows of older buildings by up to a third.`,
    releaseDate: '2024-04-18T07:30:00.000Z',
    topics: ['business-and-innovation'],
    contacts: ['niamh-ferrers'],
    body: [
      {
        type: 'p',
        text: prose`Lumenfold, a company founded by University of Harrowmere physicists in 2021, has closed a £4.2
          million investment round to scale up production of its spray-on window coating. The funding, led by
          Northbank Ventures with participation from the Harrowmere Enterprise Fund, will pay for a production line
          at Harrowmere Science Park and 25 new jobs by the end of 2025. The coating reflects heat back into rooms
          while letting daylight through, offering a cheaper alternative to replacing windows in older homes and
          listed buildings.`,
      },
      {
        type: 'quote',
        text: prose`“Millions of UK homes have single glazing or early double glazing that leaks heat, and many of
          them cannot simply swap their windows,” said Dr Priyanka Solberg, co-founder and Chief Executive of
          Lumenfold. “This investment lets us move from making samples by hand to coating thousands of square metres
          a month.”`,
      },
      { type: 'h2', text: 'From laboratory to market' },
      {
        type: 'p',
        text: prose`The technology grew out of research in the University's Department of Physics into ultra-thin
          metal oxide films. The University's commercialisation team helped the founders to protect their
          intellectual property, secure early proof-of-concept funding and recruit an experienced board.`,
      },
      {
        type: 'quote',
        text: prose`“Lumenfold shows what happens when excellent research meets a real-world need,” said Professor
          Ayesha Kerrigan, Pro-Vice-Chancellor for Enterprise. “We are proud to have backed the team from the very
          first prototype.”`,
      },
      {
        type: 'p',
        text: prose`Researchers with an idea for a company can [find out more about spinning out from
          Harrowmere](https://www.harrowmere.ac.uk/enterprise/spin-outs).`,
      },
    ],
    notesToEditors: [
      'Lumenfold Ltd was incorporated in 2021 and is based at Harrowmere Science Park.',
      'The University of Harrowmere holds an equity stake in Lumenfold.',
      'Images are available to download below.',
    ],
    related: ['launchpad-accelerator-record-graduate-start-ups'],
    image: {
      alt: 'A scientist holding a coated glass panel up to the light',
      caption: 'A sample panel treated with the Lumenfold coating at Harrowmere Science Park.',
      credit: 'Lumenfold Ltd',
      hue: 50,
      label: 'Lumenfold',
    },
  },
  {
    slug: 'riverside-library-opens',
    title: 'Riverside Library opens its doors to students and the public',
    summary: prose`The University of Harrowmere's £38 million Riverside Library opens today, with 1,400 study
      spaces, a children's reading room and free public access seven days a week.`,
    releaseDate: '2024-05-14T09:00:00.000Z',
    topics: ['campus-and-community'],
    contacts: ['eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere's new Riverside Library opens to students, staff and members of the
          public today (Tuesday 14 May 2024). The five-storey building on the banks of the River Harrow, which took
          three years to build at a cost of £38 million, replaces the University's 1960s Main Library and has been
          designed to serve both the campus and the wider city. Residents will be able to use the ground-floor
          reading rooms, exhibition gallery and café free of charge, seven days a week.`,
      },
      { type: 'h2', text: "What's inside" },
      {
        type: 'ul',
        items: [
          '1,400 study spaces, including 200 bookable group rooms',
          "A children's reading room run with Harrowmere City Libraries",
          'A ground-floor gallery showing items from Special Collections',
          'A rooftop terrace with views across the Old Quay',
        ],
      },
      {
        type: 'quote',
        text: prose`“A library should be a place where everyone in the city feels welcome, whether they are writing
          a PhD thesis or reading a bedtime story,” said Professor Margaret Ellwood-Hart, Vice-Chancellor of the
          University of Harrowmere. “Riverside Library is our promise that the University's doors are open.”`,
      },
      {
        type: 'p',
        text: prose`The building is heated and cooled by a water-source heat pump drawing on the River Harrow and is
          designed to use around 60 per cent less energy than the building it replaces.`,
      },
      {
        type: 'p',
        text: prose`Opening hours and visitor information are available on the [Riverside Library
          website](https://www.harrowmere.ac.uk/library/riverside).`,
      },
    ],
    notesToEditors: [
      'Riverside Library was designed by Marrick Hale Architects and built by Northgate Construction.',
      'Filming and photography inside the building must be arranged in advance with the press office.',
      'Images are available to download below.',
    ],
    image: {
      alt: 'A glass-fronted library building reflected in a river at dusk',
      caption: 'Riverside Library on the banks of the River Harrow.',
      credit: 'Marrick Hale Architects',
      hue: 190,
      label: 'Riverside Library',
    },
  },
  {
    slug: 'hedgehog-survey-city-gardens',
    title: "Hedgehogs are returning to Harrowmere's gardens, citizen science survey suggests",
    summary: prose`More than 3,200 households took part in this year's Harrowmere Hedgehog Count, recording
      hedgehogs in 41 per cent of gardens surveyed, up from 27 per cent when the survey began five years ago.`,
    releaseDate: '2024-06-05T08:00:00.000Z',
    topics: ['climate-and-environment', 'campus-and-community'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`Hedgehogs are being spotted in more of Harrowmere's gardens than at any time in the past five
          years, according to the latest Harrowmere Hedgehog Count, run by ecologists at the University of
          Harrowmere. Over four weeks in April, more than 3,200 households across the city logged sightings,
          footprints and droppings using a free app. Hedgehogs were recorded in 41 per cent of participating
          gardens, compared with 27 per cent when the survey began in 2019. The survey aims to understand how the
          species, which has declined sharply in the British countryside, is faring in towns and cities.`,
      },
      {
        type: 'quote',
        text: prose`“This is genuinely heartening news,” said Dr Kwame Mensah-Bright, Lecturer in Urban Ecology, who
          leads the survey. “Harrowmere residents have been cutting holes in fences, leaving wild corners and
          putting out water, and the hedgehogs appear to be responding. Gardens really can be a lifeline for this
          much-loved animal.”`,
      },
      { type: 'h2', text: 'How you can help hedgehogs' },
      {
        type: 'ul',
        items: [
          'Cut a 13cm by 13cm gap at the base of garden fences to create a hedgehog highway',
          'Leave a wild corner with leaves and log piles for nesting',
          'Put out a shallow dish of water, but never milk',
          'Check long grass carefully before strimming or mowing',
        ],
      },
      {
        type: 'p',
        text: prose`The biggest increases were in the Coldharbour and Northgate areas, where community groups have
          linked more than 600 gardens. Sightings remained rare in the city centre and near major roads.`,
      },
    ],
    notesToEditors: [
      prose`The Harrowmere Hedgehog Count has run every spring since 2019 and is supported by the Harrow Valley
        Wildlife Trust.`,
      'Anonymised survey data are available to researchers on request.',
      'Images are available to download below.',
    ],
    related: ['hedgehog-highways-fence-gaps-study'],
    cta: { label: 'Join the Hedgehog Count', url: 'https://www.harrowmere.ac.uk/hedgehog-count' },
    image: {
      alt: 'A hedgehog crossing a lawn at night, lit by a trail camera',
      caption: 'A hedgehog recorded by a trail camera in a Northgate garden during the Harrowmere Hedgehog Count.',
      credit: 'Harrowmere Hedgehog Count / University of Harrowmere',
      hue: 95,
      label: 'Hedgehog Count',
    },
  },
  {
    slug: 'pharmacy-blood-pressure-checks-prevent-strokes',
    title: 'Blood pressure checks at the chemist could prevent thousands of strokes, study finds',
    summary: prose`Offering free blood pressure checks in community pharmacies could prevent around 2,900 strokes
      and heart attacks over ten years, according to modelling by University of Harrowmere health economists.`,
    releaseDate: '2024-07-10T09:00:00.000Z',
    topics: ['health-and-medicine'],
    contacts: ['rhys-calloway'],
    body: [
      {
        type: 'p',
        text: prose`Free blood pressure checks in high street pharmacies could prevent around 2,900 strokes and
          heart attacks over a decade and save the health service money, according to a study led by the University
          of Harrowmere and published today. The researchers used data from 118 pharmacies in Harrowmere and the
          surrounding county, which took part in a pilot scheme in 2022 and 2023, to model the effect of offering
          checks to all adults over 40. High blood pressure rarely causes symptoms, and many people do not know they
          have it until they have a stroke or heart attack.`,
      },
      {
        type: 'quote',
        text: prose`“Around one in three people we screened had raised blood pressure, and half of them had no
          idea,” said Dr Naomi Fairbrother, Associate Professor of Health Economics, who led the study. “Pharmacies
          are open in the evenings and at weekends, and you do not need an appointment. That makes them an ideal
          place to reach people who would never think of booking a check with their GP.”`,
      },
      {
        type: 'p',
        text: prose`The modelling suggests that for every £1 spent on the checks, the health service would save
          £3.40 in avoided treatment and care costs over ten years.`,
      },
      {
        type: 'p',
        text: prose`The full paper is [available to read
          online](https://example.org/journals/clinical-prevention-review/bp-pharmacy).`,
      },
    ],
    notesToEditors: [
      'The study is published in Clinical Prevention Review and was funded by the Harrowmere Health Foundation.',
      'The pharmacy pilot was run in partnership with the Harrow Valley Local Pharmaceutical Committee.',
      'Dr Fairbrother is available for interview on Wednesday 10 July.',
    ],
    image: {
      alt: 'A pharmacist fitting a blood pressure cuff to a customer',
      caption: 'A blood pressure check at a community pharmacy taking part in the Harrowmere pilot.',
      credit: 'University of Harrowmere',
      hue: 350,
      label: 'Blood pressure',
    },
  },
  {
    slug: 'pathways-scheme-record-local-students',
    title: 'Record number of local students win places through Harrowmere Pathways scheme',
    summary: prose`A record 487 students from schools across Harrowmere and the Harrow Valley will start degrees
      this autumn through the University's Pathways scheme, which supports young people from under-represented
      backgrounds.`,
    releaseDate: '2024-08-22T08:30:00.000Z',
    topics: ['campus-and-community'],
    contacts: ['eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`A record 487 students from schools in Harrowmere and the Harrow Valley have secured places at
          the University of Harrowmere this year through the Harrowmere Pathways scheme, the University announced
          today. The scheme, now in its eighth year, works with 62 state schools and colleges to support young
          people who would be the first in their family to go to university, who have grown up in care or who live
          in areas where few people enter higher education. Participants attend a summer school, are matched with a
          student mentor and receive a reduced grade offer.`,
      },
      {
        type: 'quote',
        text: prose`“Talent is everywhere in this region, but opportunity is not,” said Professor Margaret
          Ellwood-Hart, Vice-Chancellor. “Every one of these 487 students has worked incredibly hard, and we cannot
          wait to welcome them to campus in September.”`,
      },
      {
        type: 'quote',
        text: prose`“I didn't think university was for people like me,” said Jade Whitcombe, 18, from Coldharbour,
          who will study Nursing. “My mentor showed me round, helped with my personal statement and told me it was
          fine not to know everything. Now I can't wait to start.”`,
      },
      { type: 'h3', text: 'Pathways in numbers' },
      {
        type: 'ul',
        items: [
          '487 students starting in 2024, up from 402 in 2023',
          '62 partner schools and colleges',
          '93 per cent of Pathways students progress to their second year',
        ],
      },
    ],
    notesToEditors: [
      'Harrowmere Pathways was launched in 2017.',
      'Information for teachers and families is [available online](https://www.harrowmere.ac.uk/pathways).',
      'Pathways students are available for interview on request.',
    ],
    related: ['medical-school-doubles-places-local-students'],
    image: {
      alt: 'A group of smiling school leavers holding university welcome packs',
      caption: 'Pathways students at the University of Harrowmere summer school.',
      credit: 'University of Harrowmere',
      hue: 280,
      label: 'Pathways',
    },
  },
  {
    slug: 'mathematicians-settle-ravensworth-conjecture',
    title: 'Harrowmere mathematicians settle 60-year-old puzzle about how rumours spread',
    summary: prose`A proof by two University of Harrowmere mathematicians settles the Ravensworth conjecture, a 1964
      puzzle about how quickly news can travel through a network, with implications for communications and public
      health.`,
    releaseDate: '2024-09-16T09:00:00.000Z',
    topics: ['research'],
    contacts: ['niamh-ferrers'],
    body: [
      {
        type: 'p',
        text: prose`Mathematicians at the University of Harrowmere have proved the Ravensworth conjecture, a problem
          about the spread of information through networks that has resisted solution since it was posed in 1964. Dr
          Lucia Okonjo-Barrett and PhD student Finlay Greaves spent four years on the 48-page proof, which is
          published today in the Annals of Combinatorial Structures. The conjecture, named after the Harrowmere-born
          mathematician Edith Ravensworth, predicted that there is a hard limit on how quickly a rumour can reach
          everyone in a network, whatever its shape.`,
      },
      {
        type: 'quote',
        text: prose`“Edith Ravensworth worked on this problem in an office a few hundred metres from ours, so it
          feels fitting that it has finally been solved here,” said Dr Lucia Okonjo-Barrett, Reader in Pure
          Mathematics. “The key was to stop thinking about the network as a whole and look instead at the
          bottlenecks where information gets stuck.”`,
      },
      {
        type: 'p',
        text: prose`Although the result is theoretical, it could help engineers design communication networks that
          stay fast when links fail, and help epidemiologists understand the limits on how quickly an infection can
          spread.`,
      },
      {
        type: 'p',
        text: prose`Finlay Greaves, who began working on the problem as a Master's project, said: “There were months
          when I was sure it couldn't be done. Seeing the final piece fall into place at two in the morning is
          something I will never forget.”`,
      },
    ],
    notesToEditors: [
      prose`The paper, “A sharp bound for broadcast time in finite graphs”, is published in the Annals of
        Combinatorial Structures.`,
      'Edith Ravensworth (1911–1987) taught mathematics at the University from 1946 to 1976.',
      prose`A plain-English explainer is [available on the Department of Mathematics
        website](https://www.harrowmere.ac.uk/maths/ravensworth).`,
    ],
    image: {
      alt: 'Two mathematicians in front of a blackboard covered in network diagrams',
      caption: 'Dr Lucia Okonjo-Barrett and Finlay Greaves in the Department of Mathematics.',
      credit: 'University of Harrowmere',
      hue: 240,
      label: 'Ravensworth proof',
    },
  },
  {
    slug: 'harrowmere-lantern-festival-old-quay-2024',
    title: 'Harrowmere Lantern Festival to light up the Old Quay with student-made installations',
    summary: prose`More than 200 giant lanterns made by students, schoolchildren and community groups will parade
      through the Old Quay on 2 November as the Harrowmere Lantern Festival returns for its tenth year.`,
    releaseDate: '2024-10-09T09:00:00.000Z',
    topics: ['arts-and-culture', 'campus-and-community'],
    contacts: ['samir-haddad', 'eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`The Harrowmere Lantern Festival returns to the Old Quay on Saturday 2 November 2024, with more
          than 200 lanterns made by University of Harrowmere students, local schoolchildren and community groups.
          Now in its tenth year, the free festival is organised by the University's School of Art and Design with
          Harrowmere City Council and the Old Quay Traders' Association, and is expected to draw around 35,000
          visitors. This year's theme, “River of Light”, celebrates the River Harrow and the communities that grew
          up along its banks.`,
      },
      { type: 'h2', text: 'Highlights for 2024' },
      {
        type: 'ul',
        items: [
          'A 12-metre illuminated salmon built by third-year Design students',
          'Light projections on the Customs House by the Harrowmere Digital Arts Collective',
          'A lantern-making marquee where families can make their own',
          'Live music from the University Brass Band and the Sedgeby Steel Orchestra',
        ],
      },
      {
        type: 'quote',
        text: prose`“The Lantern Festival started as a small student project and has become one of the highlights of
          the city's calendar,” said Professor Annika Holloway-Strand, Head of the School of Art and Design. “Our
          students work alongside 40 schools and community groups for months, and the festival is a celebration of
          what we can make together.”`,
      },
      {
        type: 'p',
        text: prose`The parade sets off from Castlegate at 5.30pm. Road closures and accessibility information are
          available on the [festival website](https://www.harrowmere.ac.uk/lantern-festival).`,
      },
    ],
    notesToEditors: [
      'The Harrowmere Lantern Festival was founded in 2015.',
      'Photographers and film crews wishing to attend should register with the press office by Wednesday 30 October.',
      'Images are available to download below.',
    ],
    related: ['lantern-festival-2025-low-carbon-lanterns'],
    image: {
      alt: 'Giant glowing paper lanterns carried along a quayside at night',
      caption: 'Lanterns on the Old Quay at a previous Harrowmere Lantern Festival.',
      credit: 'University of Harrowmere',
      hue: 35,
      label: 'Lantern Festival',
    },
  },
  {
    slug: 'harrowmere-innovation-quarter-launch',
    title: 'University and city council launch £12 million Harrowmere Innovation Quarter',
    summary: prose`A £12 million partnership between the University of Harrowmere and Harrowmere City Council will
      turn former warehouses on Dock Road into workspace for start-ups, researchers and local businesses.`,
    releaseDate: '2024-11-12T09:30:00.000Z',
    topics: ['business-and-innovation', 'campus-and-community'],
    contacts: ['niamh-ferrers', 'eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere and Harrowmere City Council today announced a £12 million
          partnership to create the Harrowmere Innovation Quarter, transforming three disused Victorian warehouses
          on Dock Road into offices, laboratories and shared workspace. The first building is due to open in spring
          2026 and will house up to 60 start-ups and small businesses, alongside University research teams working
          in clean energy, digital health and advanced manufacturing. The partners say the project will create
          around 400 jobs over ten years and help graduates build businesses in the city rather than moving away.`,
      },
      {
        type: 'quote',
        text: prose`“Too many of our brightest graduates leave Harrowmere to start their careers,” said Councillor
          Denise Abernethy, Leader of Harrowmere City Council. “The Innovation Quarter gives them a reason to stay,
          and it brings new life to a part of the docks that has stood empty for too long.”`,
      },
      {
        type: 'quote',
        text: prose`“Universities drive growth when they are rooted in their places,” said Professor Ayesha
          Kerrigan, Pro-Vice-Chancellor for Enterprise. “This is a long-term commitment to the city that has been
          our home for almost 150 years.”`,
      },
      { type: 'h2', text: 'The plans' },
      {
        type: 'ol',
        items: [
          'Phase one: refurbishment of the Granary Building, opening in spring 2026',
          'Phase two: new laboratories in the former Ropeworks, due in 2027',
          'Phase three: a public square and events space on the quayside',
        ],
      },
    ],
    notesToEditors: [
      prose`The project is funded by the University (£6 million), Harrowmere City Council (£4 million) and the
        Northern Growth Fund (£2 million).`,
      "Architects' visualisations are available to download below.",
    ],
    related: ['economic-impact-report-regional-contribution'],
    image: {
      alt: 'A visualisation of restored brick warehouses with glass extensions beside a dock',
      caption: 'How the Granary Building on Dock Road could look once restored.',
      credit: 'Marrick Hale Architects',
      hue: 210,
      label: 'Innovation Quarter',
    },
  },
  {
    slug: 'peatland-restoration-wrenfold-moor-carbon',
    title: 'Restored peat bogs on Wrenfold Moor lock away more carbon than expected',
    summary: prose`Ten years of measurements show that restored peatland on Wrenfold Moor has switched from
      releasing carbon to absorbing it, years sooner than scientists had predicted.`,
    releaseDate: '2024-12-03T08:00:00.000Z',
    topics: ['climate-and-environment', 'research'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`Peat bogs on Wrenfold Moor, north of Harrowmere, became a net carbon sink within eight years of
          restoration work, according to a decade-long study by University of Harrowmere environmental scientists
          published today. The team, working with the Wrenfold Moor Partnership, measured greenhouse gas flows from
          120 hectares of damaged peatland where drainage ditches were blocked and sphagnum moss was replanted
          between 2014 and 2016. Restoration had been expected to take 15 to 20 years to reverse carbon losses; the
          findings suggest that well-planned projects could deliver climate benefits much sooner.`,
      },
      {
        type: 'quote',
        text: prose`“Damaged peat is like a leaking carbon store,” said Professor Isobel Faraday-Lowe, Professor of
          Environmental Science, who led the research. “Once you raise the water table again and get the mosses
          growing, the bog starts to heal itself. We were surprised by just how quickly that happened on Wrenfold.”`,
      },
      { type: 'h2', text: 'Why peat matters' },
      {
        type: 'p',
        text: prose`Peatlands cover around a tenth of the UK's land but store far more carbon than all of its
          forests. When they dry out, the peat breaks down and releases carbon dioxide into the atmosphere.`,
      },
      {
        type: 'ul',
        items: [
          'Water tables rose by an average of 18cm within two years',
          'Sphagnum cover increased from 4 per cent to 61 per cent',
          'Restored areas now absorb around **2.1 tonnes** of CO2 per hectare per year',
        ],
      },
      {
        type: 'p',
        text: prose`The team's [long-term monitoring data](https://www.harrowmere.ac.uk/research/wrenfold-data) are
          freely available to other researchers.`,
      },
    ],
    notesToEditors: [
      'The study is published in Upland Ecosystems Research.',
      'The research was funded by the Northern Research Council and the Wrenfold Moor Partnership.',
      'Images are available to download below.',
    ],
    related: ['urban-trees-cool-streets-heat-mapping'],
    cta: { label: 'Read the full study', url: 'https://example.org/journals/upland-ecosystems/wrenfold-peat' },
    image: {
      alt: 'Pools of water and bright green moss on an open moorland',
      caption: 'Restored blanket bog on Wrenfold Moor.',
      credit: 'Professor Isobel Faraday-Lowe / University of Harrowmere',
      hue: 120,
      label: 'Wrenfold Moor',
    },
  },

  // ───────────────────────────── 2025 ─────────────────────────────
  {
    slug: 'ai-retinal-scans-predict-kidney-disease',
    title: 'Eye test could reveal early kidney disease, AI study suggests',
    summary: prose`An artificial intelligence tool developed at the University of Harrowmere can spot signs of
      chronic kidney disease in routine eye scans up to five years before diagnosis, new research shows.`,
    releaseDate: '2025-01-21T09:00:00.000Z',
    topics: ['health-and-medicine', 'research'],
    contacts: ['rhys-calloway'],
    body: [
      {
        type: 'p',
        text: prose`Researchers at the University of Harrowmere have trained an artificial intelligence system to
          identify early chronic kidney disease from routine retinal photographs taken at high street opticians. The
          study, published today, analysed more than 48,000 anonymised scans collected between 2012 and 2019 and
          linked them with later health records. The tool correctly picked out four in five people who went on to
          develop kidney disease within five years. Because kidney disease often has no symptoms until it is
          advanced, the team hopes that eye tests could one day offer an early warning.`,
      },
      {
        type: 'quote',
        text: prose`“The blood vessels at the back of the eye are the only ones we can see directly without a needle
          or a scalpel, and they change in subtle ways when the kidneys start to struggle,” said Dr Ravi Castellane,
          Senior Lecturer in Medical Imaging, who led the study. “Our system picks up patterns that are invisible to
          the human eye.”`,
      },
      {
        type: 'p',
        text: prose`The researchers stress that the tool is not yet ready for use in opticians and must first be
          tested in a prospective trial. Find out more about the [Centre for Digital
          Health](https://www.harrowmere.ac.uk/research/digital-health).`,
      },
      { type: 'h3', text: 'Next steps' },
      {
        type: 'ol',
        items: [
          'A prospective trial in 30 opticians across the Harrow Valley, starting in autumn 2025',
          "Work with the Harrowmere Kidney Patients' Forum on how results should be shared",
          'Independent checks of accuracy across different ethnic groups and age ranges',
        ],
      },
    ],
    notesToEditors: [
      'The study is published in Digital Medicine Letters.',
      'The research was funded by the Harrowmere Health Foundation and Kidney Research North.',
      'All data were anonymised and used with ethical approval.',
    ],
    image: {
      alt: 'A colour photograph of the back of a human eye showing branching blood vessels',
      caption: 'A retinal image of the kind analysed by the AI tool.',
      credit: 'University of Harrowmere',
      hue: 175,
      label: 'Retinal AI',
    },
  },
  {
    slug: 'medieval-choirbook-fragments-found-in-ledger',
    title: "Lost medieval music found hidden in the binding of a merchant's ledger",
    summary: prose`Fragments of a 15th-century choirbook, thought to have been destroyed at the Reformation, have
      been found by a University of Harrowmere musicologist in the binding of a 17th-century account book.`,
    releaseDate: '2025-02-11T08:00:00.000Z',
    topics: ['arts-and-culture', 'research'],
    contacts: ['samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`A University of Harrowmere musicologist has identified fragments of a lost 15th-century
          choirbook, recycled as padding in the binding of a merchant's ledger from 1640. Dr Eamon Treacy-Vale found
          the parchment strips while examining the ledger, held by Harrowmere City Archives, as part of a project on
          the city's trade with the Low Countries. The fragments contain parts of at least three previously unknown
          settings of the Mass and are believed to come from the choirbook of St Wendreda's Priory, which was
          dissolved in 1538.`,
      },
      {
        type: 'quote',
        text: prose`“When I saw red and black notation peeping out from under the leather, I honestly had to sit
          down,” said Dr Eamon Treacy-Vale, Lecturer in Music. “Bookbinders routinely reused old parchment because
          it was strong and cheap, and music that had fallen out of use was fair game. We are incredibly lucky these
          pieces survived.”`,
      },
      { type: 'h2', text: 'Hearing the music again' },
      {
        type: 'p',
        text: prose`The University Chamber Choir will perform reconstructions of the surviving music at a free
          concert in the Priory Church on Saturday 15 March 2025.`,
      },
      {
        type: 'p',
        text: prose`Conservators have carefully removed the fragments, and high-resolution images are [available to
          view online](https://www.harrowmere.ac.uk/music/wendreda-fragments).`,
      },
    ],
    notesToEditors: [
      'The fragments were removed by conservators at Harrowmere City Archives and remain in the Archives’ collection.',
      'The research is part of the project “Harrowmere and the North Sea World”, funded by the Calder Heritage Trust.',
      'Images are available to download below.',
    ],
    image: {
      alt: 'A strip of parchment with red and black medieval musical notation',
      caption: 'One of the choirbook fragments recovered from the 1640 ledger.',
      credit: 'Harrowmere City Archives',
      hue: 15,
      label: 'Choirbook',
    },
  },
  {
    slug: 'tidecell-kelp-battery-spin-out-first-order',
    title: 'Kelp battery spin-out Tidecell wins first commercial order',
    summary: prose`Tidecell, the University of Harrowmere spin-out turning farmed seaweed into battery materials,
      will supply a kelp-based storage system to Sedgeby Harbour in its first commercial contract.`,
    releaseDate: '2025-03-12T09:00:00.000Z',
    topics: ['business-and-innovation', 'climate-and-environment'],
    contacts: ['niamh-ferrers'],
    body: [
      {
        type: 'p',
        text: prose`Tidecell, a company spun out of the University of Harrowmere in 2024 to commercialise research
          into kelp-based battery electrodes, has signed its first commercial contract. The company will supply a
          500-kilowatt-hour storage system to Sedgeby Harbour Trust, which will use it to store power from the
          harbour's wind turbine and charge electric work boats. Installation is due to be completed by the end of
          2025. The deal comes just over a year after University chemists first showed that farmed sugar kelp could
          be turned into high-performance sodium-ion battery electrodes.`,
      },
      {
        type: 'quote',
        text: prose`“A year ago kelp batteries were an exciting laboratory result. Now a working harbour is putting
          its trust in them,” said Dr Tomasz Wierzbicki, co-founder and Chief Technology Officer of Tidecell. “This
          order shows there is real demand for storage that does not depend on lithium or cobalt.”`,
      },
      {
        type: 'quote',
        text: prose`“We wanted a battery that fitted with our values as a coastal community,” said Morag Einarsson,
          Harbour Master at Sedgeby Harbour Trust. “Knowing the material comes from seaweed grown a few miles along
          the coast makes this project special.”`,
      },
      {
        type: 'p',
        text: prose`Tidecell was formed with support from the University's commercialisation team and received seed
          investment from the Harrowmere Enterprise Fund. Read about the [original kelp battery
          research](https://www.harrowmere.ac.uk/news/kelp-seaweed-batteries-grid-storage).`,
      },
    ],
    notesToEditors: [
      'Tidecell Ltd was incorporated in June 2024 and is based at Harrowmere Science Park.',
      'The University of Harrowmere holds an equity stake in Tidecell.',
      'Images are available to download below.',
    ],
    related: ['kelp-seaweed-batteries-grid-storage', 'tidecell-opens-kelp-battery-pilot-plant'],
    image: {
      alt: 'Fishing boats moored in a small harbour with a wind turbine behind',
      caption: 'Sedgeby Harbour, where the first Tidecell storage system will be installed.',
      credit: 'Tidecell Ltd',
      hue: 160,
      label: 'Tidecell',
    },
  },
  {
    slug: 'civic-agreement-signed-city-partners',
    title: "University signs civic agreement with Harrowmere's public services",
    summary: prose`The University of Harrowmere has signed a five-year civic agreement with the city council,
      hospitals, colleges and voluntary sector, committing to shared goals on skills, health and the local economy.`,
    releaseDate: '2025-04-08T09:30:00.000Z',
    topics: ['campus-and-community'],
    contacts: ['eleanor-price', 'press-office'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere today signed a civic agreement with eight partner organisations,
          including Harrowmere City Council, Harrow Valley Hospitals, Harrowmere College and the Harrowmere Council
          for Voluntary Service. The five-year agreement, signed at a ceremony at the Guildhall, sets out how the
          partners will work together to tackle the biggest challenges facing the city. It follows a year-long
          consultation in which more than 2,100 residents told the University what they wanted from it.`,
      },
      { type: 'h2', text: 'Five commitments' },
      {
        type: 'ol',
        items: [
          '**Skills:** double the number of adult learners taking short courses at the University by 2030',
          prose`**Health:** create 200 new placements for nurses, midwives and allied health professionals in local
            services`,
          prose`**Economy:** spend at least 30 per cent of the University's procurement budget with businesses in
            the region`,
          "**Environment:** share the University's net zero expertise with community groups and schools",
          '**Culture:** open University venues free of charge to community groups for 500 days a year',
        ],
      },
      {
        type: 'quote',
        text: prose`“Residents told us clearly that they want the University to be a good neighbour, not just a big
          employer,” said Professor Margaret Ellwood-Hart, Vice-Chancellor. “This agreement holds us to that, and we
          will publish our progress every year so that people can judge us on what we deliver.”`,
      },
      {
        type: 'p',
        text: prose`The full agreement and consultation findings can be [read on the University
          website](https://www.harrowmere.ac.uk/civic-agreement).`,
      },
    ],
    notesToEditors: [
      prose`The signatories are the University of Harrowmere, Harrowmere City Council, Harrow Valley Hospitals,
        Harrowmere College, Sedgeby Sixth Form College, Harrowmere Council for Voluntary Service, Harrow Valley
        Chamber of Commerce, Harrowmere Arts Forum and Harrow Valley Police.`,
      'Photographs from the signing ceremony are available to download below.',
    ],
    image: {
      alt: 'Representatives of nine organisations signing a document at a long table',
      caption: 'Partners sign the Harrowmere Civic Agreement at the Guildhall.',
      credit: 'University of Harrowmere',
      hue: 260,
      label: 'Civic agreement',
    },
  },
  {
    slug: 'urban-trees-cool-streets-heat-mapping',
    title: 'Street trees cool Harrowmere by up to 4°C, heat-mapping study finds',
    summary: prose`Streets lined with mature trees were up to 4°C cooler than treeless streets during last summer's
      heatwave, a University of Harrowmere study using 300 sensors and drone surveys has found.`,
    releaseDate: '2025-05-15T08:00:00.000Z',
    topics: ['climate-and-environment', 'research'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`Mature street trees lowered air temperatures by as much as 4°C during the heatwave of July 2024,
          according to a study by University of Harrowmere geographers published today. The team installed 300
          low-cost temperature sensors on lamp posts across Harrowmere and flew drones carrying thermal cameras over
          40 neighbourhoods to build one of the most detailed heat maps of any UK city. The work was carried out to
          help Harrowmere City Council decide where to plant 10,000 new trees by 2030.`,
      },
      {
        type: 'quote',
        text: prose`“On the hottest afternoon, the difference between a leafy street and a treeless one was like
          moving from Harrowmere to the south of France,” said Dr Hannah Quarrington, Lecturer in Climate Geography,
          who led the study. “Trees are not just nice to have. They are public health infrastructure.”`,
      },
      { type: 'h2', text: 'Who feels the heat' },
      {
        type: 'p',
        text: prose`The hottest streets were concentrated in the most deprived neighbourhoods, where gardens are
          smaller and tree cover is lowest. Older residents and young children living in these areas face the
          greatest risks during extreme heat.`,
      },
      {
        type: 'ul',
        items: [
          'Streets with mature trees were on average **2.6°C** cooler at 3pm',
          'Parks cooled surrounding streets for up to 200 metres',
          'Tree cover ranged from 4 per cent in Coldharbour to 31 per cent in Northgate',
        ],
      },
    ],
    notesToEditors: [
      'The study is published in Urban Climate and Health.',
      'The sensor network was funded by Harrowmere City Council and the Northern Research Council.',
      'Maps and drone imagery are available to download below.',
    ],
    related: ['peatland-restoration-wrenfold-moor-carbon', 'ai-flood-forecasting-river-harrow'],
    cta: { label: 'Explore the heat map', url: 'https://www.harrowmere.ac.uk/heat-map' },
    image: {
      alt: 'A thermal image of a city street with cool blue trees and hot orange pavements',
      caption: 'A drone thermal image of a Harrowmere street during the July 2024 heatwave.',
      credit: 'University of Harrowmere',
      hue: 70,
      label: 'Heat map',
    },
  },
  {
    slug: 'rural-health-training-centre-gps-nurses',
    title: 'New £3.5 million centre to train GPs and nurses for rural communities',
    summary: prose`The University of Harrowmere will open a £3.5 million training centre in the market town of
      Sedgeby to help tackle shortages of GPs, nurses and paramedics in rural parts of the Harrow Valley.`,
    releaseDate: '2025-06-10T09:00:00.000Z',
    topics: ['health-and-medicine'],
    contacts: ['rhys-calloway'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere is to open a £3.5 million Rural Health Training Centre in Sedgeby,
          in the upper Harrow Valley, in September 2026. The centre will provide teaching rooms, a simulation suite
          and accommodation so that medical, nursing and paramedic students can spend longer placements in rural GP
          surgeries, community hospitals and ambulance stations. It responds to long-standing difficulties
          recruiting health professionals to rural areas, where patients often travel more than an hour to reach a
          hospital.`,
      },
      {
        type: 'quote',
        text: prose`“We know that students who train in rural areas are far more likely to choose to work there,”
          said Professor Chidi Obi-Lawrence, Dean of Harrowmere Medical School. “Giving them proper facilities and
          somewhere to live means we can offer placements lasting several months rather than a few days.”`,
      },
      {
        type: 'quote',
        text: prose`“Sedgeby has struggled to fill GP vacancies for years,” said Dr Fiona Ashby, a GP partner at
          Sedgeby Medical Practice. “Having the next generation of doctors and nurses learning here, in our
          community, gives us real hope.”`,
      },
      {
        type: 'p',
        text: prose`The centre is funded by the University with a grant from the Harrowmere Health Foundation.
          Building work begins this summer on the site of the former Sedgeby Cottage Hospital.`,
      },
    ],
    notesToEditors: [
      'The centre will host up to 40 students at any one time.',
      'Find out more about [studying medicine at Harrowmere](https://www.harrowmere.ac.uk/medicine).',
      'Architects’ drawings are available to download below.',
    ],
    related: ['medical-school-doubles-places-local-students'],
    image: {
      alt: 'A stone-built former cottage hospital in a small market town',
      caption: 'The former Sedgeby Cottage Hospital, site of the new Rural Health Training Centre.',
      credit: 'University of Harrowmere',
      hue: 330,
      label: 'Rural health',
    },
  },
  {
    slug: 'school-of-art-degree-show-2025',
    title: 'Degree Show 2025 opens with work by 300 graduating artists and designers',
    summary: prose`Painting, fashion, games design and sculpture by 300 graduating students go on show across the
      University of Harrowmere's Castlegate campus from 4 July, in the largest Degree Show in the School's history.`,
    releaseDate: '2025-07-02T08:30:00.000Z',
    topics: ['arts-and-culture'],
    contacts: ['samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere's School of Art and Design opens its annual Degree Show on Friday 4
          July 2025, with work by 300 graduating students from 14 courses filling six buildings on the Castlegate
          campus. The free exhibition, which runs until 13 July, is the largest in the School's 150-year history and
          is expected to attract more than 12,000 visitors, including gallery owners, designers and employers
          looking for new talent.`,
      },
      { type: 'h2', text: 'What to see' },
      {
        type: 'ul',
        items: [
          '**Fashion:** a catwalk collection made entirely from reclaimed sailcloth',
          '**Fine Art:** a room-sized installation recreating a Harrowmere corner shop in ceramic',
          '**Games Design:** playable games set in a flooded future Harrowmere',
          '**Illustration:** a graphic novel based on interviews with former shipyard workers',
        ],
      },
      {
        type: 'quote',
        text: prose`“Every year our graduates surprise us, and this year they have been especially bold,” said
          Professor Annika Holloway-Strand, Head of the School of Art and Design. “Many of the projects respond
          directly to this city, its history and its future. I urge everyone to come and see them.”`,
      },
      {
        type: 'p',
        text: prose`The Degree Show is open daily from 10am to 6pm, and until 9pm on Thursday 10 July. Entry is free
          and no booking is required.`,
      },
    ],
    notesToEditors: [
      prose`A press and private view takes place on Thursday 3 July from 6pm; journalists should register with the
        press office.`,
      'Images are available to download below.',
    ],
    cta: { label: 'Plan your visit', url: 'https://www.harrowmere.ac.uk/degree-show' },
    image: {
      alt: 'Visitors walking between large colourful sculptures in a white gallery',
      caption: 'Work on show at the School of Art and Design Degree Show.',
      credit: 'University of Harrowmere',
      hue: 300,
      label: 'Degree Show',
    },
  },
  {
    slug: 'launchpad-accelerator-record-graduate-start-ups',
    title: 'Record 38 graduate start-ups launched through Harrowmere Launchpad',
    summary: prose`Students and recent graduates of the University of Harrowmere launched a record 38 businesses
      this year through the Launchpad accelerator, from a refillable skincare brand to an app for carers.`,
    releaseDate: '2025-08-14T09:00:00.000Z',
    topics: ['business-and-innovation', 'campus-and-community'],
    contacts: ['niamh-ferrers'],
    body: [
      {
        type: 'p',
        text: prose`A record 38 businesses have been started by University of Harrowmere students and recent
          graduates in the past year through Harrowmere Launchpad, the University's free start-up accelerator. The
          businesses, celebrated at a showcase at the Guildhall last night, have together raised £1.9 million in
          investment and grants and employ 74 people, most of them in Harrowmere. Launchpad offers 12 weeks of
          training, mentoring from local entrepreneurs, free desk space and grants of up to £5,000.`,
      },
      { type: 'h3', text: "This year's cohort includes" },
      {
        type: 'ul',
        items: [
          '**Carely**, an app that helps families coordinate care for elderly relatives',
          '**Refill Republic**, a refillable skincare brand with six shops across the North',
          '**Brickwise**, which uses AI to estimate repair costs for older houses',
          '**Saltmarsh Sound**, a recording studio and music label based on the Old Quay',
        ],
      },
      {
        type: 'quote',
        text: prose`“I came to Launchpad with an idea scribbled in a notebook and left with a business, a mentor and
          my first investor,” said Amira Solanke, founder of Carely, who graduated in Social Work in 2024. “Being
          able to test ideas without risking everything made all the difference.”`,
      },
      {
        type: 'p',
        text: 'Applications for the next Launchpad cohort open on Monday 1 September.',
      },
    ],
    notesToEditors: [
      'Harrowmere Launchpad was established in 2018 and has supported 214 businesses.',
      'Launchpad is open to current students and to graduates of the past five years.',
      'Founders are available for interview on request.',
    ],
    related: ['lumenfold-spin-out-raises-funding-glass-coating', 'harrowmere-innovation-quarter-launch'],
    cta: { label: 'Apply to Launchpad', url: 'https://www.harrowmere.ac.uk/launchpad' },
    image: {
      alt: 'Young entrepreneurs presenting at stands in a historic hall',
      caption: 'Founders at the Harrowmere Launchpad showcase in the Guildhall.',
      credit: 'University of Harrowmere',
      hue: 20,
      label: 'Launchpad',
    },
  },
  {
    slug: 'iron-age-dna-harrow-valley-north-sea-links',
    title: "Ancient DNA reveals the Harrow Valley's Iron Age links across the North Sea",
    summary: prose`DNA from 64 people buried at an Iron Age settlement near Sedgeby shows the community welcomed
      newcomers from across the North Sea, challenging the idea that rural northern Britain was isolated before the
      Romans.`,
    releaseDate: '2025-09-23T08:00:00.000Z',
    topics: ['research'],
    contacts: ['samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`Archaeologists and geneticists at the University of Harrowmere have analysed ancient DNA from 64
          people buried between 400 BC and AD 50 at Fellgarth, an Iron Age settlement near Sedgeby. The study,
          published today, found that around one in six had recent ancestry from what is now the Netherlands and
          northern Germany, and that newcomers were buried alongside local families with no sign of separate
          treatment. The team carried out the research to test long-held assumptions that farming communities in
          northern Britain had little contact with mainland Europe before the Roman conquest.`,
      },
      {
        type: 'quote',
        text: prose`“The people of Fellgarth were not cut off from the wider world at all,” said Dr Marguerite
          Olawale-Pryce, Senior Lecturer in Archaeology, who led the excavation. “They were part of a network that
          stretched across the North Sea, and newcomers seem to have been fully woven into family life.”`,
      },
      {
        type: 'p',
        text: prose`Chemical signatures in the teeth of two individuals, which reflect the water and food consumed
          in childhood, show that they had travelled as children.`,
      },
      {
        type: 'p',
        text: prose`Finds from Fellgarth, including a bronze cloak pin decorated with a stylised boat, will go on
          display at Harrowmere Museum from October. [Read more about the Fellgarth
          excavation](https://www.harrowmere.ac.uk/archaeology/fellgarth).`,
      },
    ],
    notesToEditors: [
      'The study is published in the Journal of Northern Prehistory.',
      prose`The excavation was carried out with the permission of the landowner and with volunteers from the Harrow
        Valley Archaeological Society.`,
      'Images are available to download below.',
    ],
    image: {
      alt: 'A small green-tinged bronze pin decorated with a boat shape, held in gloved fingers',
      caption: 'A bronze cloak pin excavated at Fellgarth.',
      credit: 'Fellgarth Project / University of Harrowmere',
      hue: 40,
      label: 'Fellgarth',
    },
  },
  {
    slug: 'hedgehog-highways-fence-gaps-study',
    title: 'Hedgehog highways double the distance hedgehogs can roam, tracking study shows',
    summary: prose`Hedgehogs fitted with tiny GPS tags travelled twice as far each night in a neighbourhood where
      residents had cut gaps in garden fences, University of Harrowmere ecologists have found.`,
    releaseDate: '2025-10-16T09:00:00.000Z',
    topics: ['climate-and-environment', 'research'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`Simple gaps cut in garden fences can double the distance a hedgehog can travel to find food and
          mates, according to a study by University of Harrowmere ecologists published today. Between May and
          September 2024, the team fitted 46 hedgehogs in Harrowmere with lightweight GPS tags and followed their
          night-time journeys through two neighbourhoods: one where residents had created more than 400 “hedgehog
          highways” and one where few gardens were connected. Hedgehogs in the connected neighbourhood covered an
          average of 1.8 kilometres a night, compared with 0.9 kilometres in the other.`,
      },
      {
        type: 'quote',
        text: prose`“It really is as simple as a hole the size of a CD case,” said Dr Kwame Mensah-Bright, Lecturer
          in Urban Ecology. “Fences turn gardens into islands. When residents link them up, hedgehogs can travel,
          forage and find partners, and that is vital for a healthy population.”`,
      },
      { type: 'h2', text: 'What the tags revealed' },
      {
        type: 'ul',
        items: [
          'Tagged hedgehogs visited up to 27 gardens in a single night',
          'Males travelled further than females, especially in the breeding season',
          'Busy roads remained a major barrier, with very few crossings recorded',
        ],
      },
      {
        type: 'p',
        text: prose`The results build on the annual Harrowmere Hedgehog Count, which has recorded rising numbers of
          hedgehogs in the city's gardens. The team is now [inviting residents to register their hedgehog
          highways](https://www.harrowmere.ac.uk/hedgehog-count/highways) on a new online map.`,
      },
    ],
    notesToEditors: [
      'The study is published in Urban Wildlife Ecology.',
      prose`All tagging was carried out under licence, and each tag weighed less than 2 per cent of the animal's
        body weight.`,
      'Video footage is available to download below.',
    ],
    related: ['hedgehog-survey-city-gardens'],
    image: {
      alt: 'A hedgehog squeezing through a small square gap at the bottom of a wooden fence',
      caption: 'A hedgehog using a “hedgehog highway” in a Coldharbour garden.',
      credit: 'Dr Kwame Mensah-Bright / University of Harrowmere',
      hue: 85,
      label: 'Hedgehog highways',
    },
  },
  {
    slug: 'lantern-festival-2025-low-carbon-lanterns',
    title: 'Harrowmere Lantern Festival 2025 to be lit entirely by renewable power',
    summary: prose`This year's Harrowmere Lantern Festival on 15 November will run on batteries charged by solar
      panels and a small river turbine, with every lantern built from recycled or compostable materials.`,
    releaseDate: '2025-11-04T08:30:00.000Z',
    topics: ['arts-and-culture', 'campus-and-community'],
    contacts: ['samir-haddad', 'eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`The Harrowmere Lantern Festival returns to the Old Quay on Saturday 15 November 2025 and, for
          the first time, every lantern, stage and projection will run on renewable electricity. Students from the
          University of Harrowmere's School of Engineering have worked with the School of Art and Design to build
          portable battery packs charged by solar panels on campus roofs and a small turbine in the River Harrow.
          More than 230 lanterns, made by students, 45 schools and community groups, will be built from willow,
          recycled card and compostable tissue paper.`,
      },
      {
        type: 'quote',
        text: prose`“Last year almost 38,000 people joined us on the quayside, and we want the festival to keep
          growing without costing the Earth,” said Professor Annika Holloway-Strand, Head of the School of Art and
          Design. “Our art and engineering students have shown that a spectacular night out can also be a
          sustainable one.”`,
      },
      { type: 'h2', text: 'Festival programme' },
      {
        type: 'ul',
        items: [
          '**3pm:** lantern-making marquee opens on Customs House Square',
          '**5.30pm:** lantern parade sets off from Castlegate',
          '**6.30pm:** “River of Voices” light projection on the Customs House',
          '**7.30pm:** finale on the Old Quay with the University Brass Band',
        ],
      },
      {
        type: 'p',
        text: prose`The festival is free to attend. Visitors are encouraged to travel by public transport, with
          extra late buses running until midnight.`,
      },
    ],
    notesToEditors: [
      prose`The Harrowmere Lantern Festival was founded in 2015 and is organised by the University of Harrowmere,
        Harrowmere City Council and the Old Quay Traders' Association.`,
      'Photographers and film crews should register with the press office by Wednesday 12 November.',
      "Images from last year's festival are available to download below.",
    ],
    related: ['harrowmere-lantern-festival-old-quay-2024', 'harrowmere-book-festival-2026-line-up'],
    cta: { label: 'See the full programme', url: 'https://www.harrowmere.ac.uk/lantern-festival' },
    image: {
      alt: 'A huge willow-and-paper lantern shaped like a heron lit up against a night sky',
      caption: 'A student-made heron lantern, powered by solar-charged batteries.',
      credit: 'University of Harrowmere',
      hue: 45,
      label: 'Lantern Festival',
    },
  },
  {
    slug: 'dementia-choir-singing-wellbeing-study',
    title: 'Singing together eases distress for people living with dementia, study finds',
    summary: prose`People living with dementia who joined a weekly community choir showed less agitation, and their
      carers reported lower stress, in a University of Harrowmere study across eight choirs in the Harrow Valley.`,
    releaseDate: '2025-12-09T09:00:00.000Z',
    topics: ['health-and-medicine', 'arts-and-culture'],
    contacts: ['rhys-calloway', 'samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`People living with dementia who sang in a weekly community choir experienced less agitation and
          anxiety than those who did not, according to a year-long study led by the University of Harrowmere.
          Researchers from the School of Health Sciences and the Department of Music followed 186 people with
          dementia and their carers, half of whom joined one of eight “Singing Memories” choirs set up in community
          centres across the Harrow Valley in 2024. The study set out to test whether music, widely reported to help
          people with dementia, produces measurable benefits.`,
      },
      {
        type: 'quote',
        text: prose`“We have all heard stories of people with advanced dementia who can remember every word of a
          song from their youth,” said Dr Ingrid Sowerby-Nkemelu, Associate Professor of Dementia Care, who led the
          study. “What we now have is robust evidence that regular group singing reduces distress, and that the
          benefits extend to the carers who sing alongside them.”`,
      },
      { type: 'h3', text: 'Findings' },
      {
        type: 'ul',
        items: [
          'Agitation scores fell by **23 per cent** among choir members over 12 months',
          'Carers who sang reported significantly lower stress and loneliness',
          'Nine in ten participants were still attending after a year',
        ],
      },
      {
        type: 'quote',
        text: prose`“Choir is the highlight of our week,” said Maureen Hollis, 74, who attends with her husband,
          Geoff. “For an hour he is just Geoff again, singing his heart out, and I'm not a carer, I'm his wife.”`,
      },
      {
        type: 'p',
        text: prose`The team has published a free [toolkit for anyone wanting to start a dementia-friendly
          choir](https://www.harrowmere.ac.uk/singing-memories).`,
      },
    ],
    notesToEditors: [
      'The study is published in Dementia Care Research.',
      'Singing Memories was funded by the Harrowmere Health Foundation.',
      'Choir members and carers are available for interview on request.',
      'Images are available to download below.',
    ],
    image: {
      alt: 'Older men and women singing together from song sheets in a community hall',
      caption: 'A Singing Memories choir rehearsal in Sedgeby.',
      credit: 'University of Harrowmere',
      hue: 320,
      label: 'Singing Memories',
    },
  },

  // ───────────────────────────── 2026 ─────────────────────────────
  {
    slug: 'advanced-manufacturing-partnership-north-coast',
    title: 'Harrowmere joins £20 million partnership to help manufacturers go digital',
    summary: prose`The University of Harrowmere is a founding partner in a new £20 million programme to help 500
      small and medium-sized manufacturers in the region adopt robotics, sensors and artificial intelligence.`,
    releaseDate: '2026-01-20T09:00:00.000Z',
    topics: ['business-and-innovation'],
    contacts: ['niamh-ferrers'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere is one of five founding partners in the North Coast Advanced
          Manufacturing Partnership, a £20 million programme launched today to help small and medium-sized
          manufacturers across the region adopt digital technologies. Over four years, the partnership will offer
          500 firms free technology audits, access to a demonstration factory at Harrowmere Science Park and funded
          projects with University engineers. Manufacturing employs one in eight people in the Harrow Valley, but
          many smaller firms say they lack the time and expertise to invest in automation.`,
      },
      {
        type: 'quote',
        text: prose`“Our engineers can help a family firm fit sensors to a 30-year-old machine and get data flowing
          within a week,” said Professor Gareth Lindqvist, Director of the Harrowmere Institute for Advanced
          Manufacturing. “This is not about replacing people. It is about giving skilled workers better tools so
          these businesses can compete.”`,
      },
      { type: 'h2', text: 'Support on offer' },
      {
        type: 'ul',
        items: [
          'Free half-day technology audits',
          'Fully funded 12-week projects with University engineers and students',
          'Training for employees in robotics, data and cyber security',
          'Access to test equipment in the demonstration factory',
        ],
      },
      {
        type: 'p',
        text: prose`Eligible businesses can [register for a free technology
          audit](https://www.harrowmere.ac.uk/enterprise/manufacturing) from Monday 2 February.`,
      },
    ],
    notesToEditors: [
      prose`The partners are the University of Harrowmere, Harrowmere College, Harrow Valley Chamber of Commerce,
        the North Coast Manufacturers' Alliance and the Northern Growth Fund.`,
      'The programme is funded by the Northern Growth Fund (£14 million) and contributions from partners (£6 million).',
    ],
    related: ['economic-impact-report-regional-contribution'],
    image: {
      alt: 'An engineer and a machinist fitting a sensor to an industrial lathe',
      caption: 'Engineers at the demonstration factory at Harrowmere Science Park.',
      credit: 'University of Harrowmere',
      hue: 220,
      label: 'Manufacturing',
    },
  },
  {
    slug: 'balance-exercise-trial-halves-falls',
    title: 'Ten minutes of daily balance exercises halves falls in older people, trial finds',
    summary: prose`Older adults who followed a simple ten-minute daily balance programme at home had around half as
      many falls over a year as those receiving usual care, a University of Harrowmere trial of 1,040 people has
      found.`,
    releaseDate: '2026-02-17T08:00:00.000Z',
    topics: ['health-and-medicine', 'research'],
    contacts: ['rhys-calloway'],
    body: [
      {
        type: 'p',
        text: prose`A ten-minute daily programme of balance and strength exercises almost halved the number of falls
          among people aged 70 and over, according to a clinical trial led by the University of Harrowmere and
          published today. The trial recruited 1,040 people through 22 GP practices in Harrowmere and the Harrow
          Valley between 2023 and 2025 and compared the programme, called SteadyStep, with usual care. Falls are the
          most common reason older people are admitted to hospital in an emergency and can lead to a loss of
          independence.`,
      },
      {
        type: 'quote',
        text: prose`“The exercises are simple things like standing on one leg while you brush your teeth or getting
          up from a chair without using your hands,” said Professor Rosalind Penhaligon, Professor of Ageing and
          Rehabilitation, who led the trial. “Because they fit into daily routines, people kept doing them. That is
          what made the difference.”`,
      },
      {
        type: 'ul',
        items: [
          'Participants in the SteadyStep group had **48 per cent** fewer falls',
          'Fall-related hospital admissions fell by 41 per cent',
          'Seven in ten participants were still doing the exercises after 12 months',
        ],
      },
      {
        type: 'p',
        text: prose`The SteadyStep booklet and videos are [free to
          download](https://www.harrowmere.ac.uk/steadystep). Anyone with health concerns should speak to their GP
          before starting a new exercise programme.`,
      },
    ],
    notesToEditors: [
      'The trial results are published in Clinical Prevention Review.',
      'The trial was funded by the Harrowmere Health Foundation.',
      'Video of the exercises is available to download below.',
    ],
    image: {
      alt: 'An older man standing on one leg while holding the back of a kitchen chair',
      caption: 'A SteadyStep participant practising a balance exercise at home.',
      credit: 'University of Harrowmere',
      hue: 10,
      label: 'SteadyStep',
    },
  },
  {
    slug: 'net-zero-campus-2035-plan',
    title: 'University sets out plan to reach net zero on campus by 2035',
    summary: prose`The University of Harrowmere has published a detailed route map to cut carbon emissions from its
      campuses to net zero by 2035, including heat pumps, solar canopies and an end to new gas boilers.`,
    releaseDate: '2026-03-11T09:30:00.000Z',
    topics: ['climate-and-environment', 'campus-and-community'],
    contacts: ['eleanor-price', 'imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere today published its Net Zero Campus Plan, setting out how it will
          eliminate carbon emissions from heating, electricity and vehicles across its Castlegate, Quayside and
          Northgate campuses by 2035. The £86 million plan was approved by the University's governing Council in
          February after consultation with students, staff and local residents. Emissions from the University's
          buildings have already fallen by 41 per cent since 2015, but the remaining cuts will be harder to make.`,
      },
      { type: 'h2', text: 'Main measures' },
      {
        type: 'ol',
        items: [
          'Replacing all gas boilers with heat pumps and a river-source heat network by 2032',
          'Installing solar canopies over car parks to generate 6 megawatts of electricity',
          'Retrofitting 24 older buildings with insulation and Lumenfold window coatings',
          "Switching the University's fleet to electric vehicles by 2028",
        ],
      },
      {
        type: 'quote',
        text: prose`“Our students have been asking us to go further and faster, and they are right,” said Professor
          Margaret Ellwood-Hart, Vice-Chancellor. “This plan is costed, it is detailed and it will be independently
          audited every year.”`,
      },
      {
        type: 'quote',
        text: prose`“A campus is a small city, with the same challenges of old buildings and heat,” said Professor
          Isobel Faraday-Lowe, who chairs the University's Climate Advisory Board. “If we can show how to do this
          here, we can help Harrowmere do it too.”`,
      },
      {
        type: 'p',
        text: prose`Progress will be reported every year on the University's [sustainability
          dashboard](https://www.harrowmere.ac.uk/sustainability/dashboard).`,
      },
    ],
    notesToEditors: [
      prose`The Net Zero Campus Plan covers scope 1 and scope 2 emissions; a separate plan for scope 3 emissions
        will be published in 2027.`,
      "The University's 2015 baseline emissions were 31,400 tonnes of carbon dioxide equivalent.",
    ],
    image: {
      alt: 'Solar panels on a canopy over a university car park on a sunny day',
      caption: 'A solar canopy trial at the Northgate campus.',
      credit: 'University of Harrowmere',
      hue: 130,
      label: 'Net zero',
    },
  },
  {
    slug: 'white-dwarf-heartbeat-astronomers',
    title: 'Astronomers catch the ‘heartbeat’ of a dying star',
    summary: prose`Astronomers at the University of Harrowmere have found a white dwarf star that brightens and dims
      every 93 seconds, like a heartbeat, offering a rare view inside the remains of a star like our Sun.`,
    releaseDate: '2026-04-14T08:00:00.000Z',
    topics: ['research'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`An international team led by astronomers at the University of Harrowmere has discovered a white
          dwarf star that pulses in brightness every 93 seconds, with a rhythm so regular that the researchers have
          nicknamed it the star’s “heartbeat”. The star, about 1,300 light years away in the constellation of
          Cygnus, was spotted in survey data and confirmed with observations from the Harrowmere Observatory on
          Wrenfold Moor. White dwarfs are the dense, burnt-out cores left behind when stars like the Sun run out of
          fuel, and their pulsations allow astronomers to study their interiors.`,
      },
      {
        type: 'quote',
        text: prose`“These pulses are like seismic waves ringing through the star,” said Dr Yusuf Hendricks-Lowe,
          Lecturer in Astrophysics, who led the study. “By timing them very precisely we can work out what the star
          is made of, how fast it is spinning and how old it is. It is a preview of what will happen to our own Sun
          in about five billion years.”`,
      },
      {
        type: 'p',
        text: prose`The team found that the star is unusually rich in oxygen and spins once every 19 hours. Its
          steady rhythm means it can also act as a natural clock, which could reveal any planets orbiting it.`,
      },
      {
        type: 'p',
        text: prose`Members of the public can visit the observatory at the University's free [stargazing
          evenings](https://www.harrowmere.ac.uk/observatory/stargazing), held monthly from October to March.`,
      },
    ],
    notesToEditors: [
      'The study is published in Monthly Reports in Stellar Astrophysics.',
      'The star is catalogued as HWD J2041+3817.',
      "Artist's impressions are available to download below.",
    ],
    image: {
      alt: 'An artist’s impression of a small, bright blue-white star pulsing with rings of light',
      caption: 'Artist’s impression of the pulsating white dwarf HWD J2041+3817.',
      credit: 'University of Harrowmere',
      hue: 250,
      label: 'White dwarf',
    },
  },
  {
    slug: 'harrowmere-book-festival-2026-line-up',
    title: 'Harrowmere Book Festival 2026 line-up announced',
    summary: prose`Novelists, poets, historians and scientists will take part in more than 70 events at the tenth
      Harrowmere Book Festival, held at the University and venues across the city from 19 to 28 June.`,
    releaseDate: '2026-05-08T09:00:00.000Z',
    topics: ['arts-and-culture', 'campus-and-community'],
    contacts: ['samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere today announced the line-up for the tenth Harrowmere Book Festival,
          which runs from Friday 19 to Sunday 28 June 2026 at Riverside Library, the Guildhall and venues across the
          city. More than 70 events will feature novelists, poets and researchers, alongside free workshops for
          children and a new strand celebrating writing in the city's community languages. The festival, organised
          by the University's School of English with Harrowmere City Libraries, aims to bring readers together with
          authors and the latest research.`,
      },
      { type: 'h2', text: 'Festival highlights' },
      {
        type: 'ul',
        items: [
          'Novelist **Bethan Ogunwale** on her prize-winning novel set on the Harrowmere docks',
          'Poet **Callum Rees-Abara** launching his new collection, Estuary Hours',
          'Historian **Dr Felicity Marchbank** on the lost music halls of the Old Quay',
          'A family day of storytelling and lantern-making on Saturday 20 June',
        ],
      },
      {
        type: 'quote',
        text: prose`“When we began in 2017, we had eight events in a library basement,” said Professor Declan
          Murrow-Asante, Festival Director and Professor of Contemporary Literature. “This year's programme shows
          how much this city loves books, and how much it has to say.”`,
      },
      {
        type: 'p',
        text: prose`Tickets go on sale on Monday 11 May. Around half of the events are free, and tickets for paid
          events cost no more than £8.`,
      },
    ],
    notesToEditors: [
      'The Harrowmere Book Festival was founded in 2017.',
      'Authors are available for interview before the festival; please contact the press office.',
      'Images are available to download below.',
    ],
    related: ['lantern-festival-2025-low-carbon-lanterns'],
    cta: { label: 'Book festival tickets', url: 'https://www.harrowmere.ac.uk/book-festival' },
    image: {
      alt: 'An audience listening to an author reading in a library atrium',
      caption: 'An author event at Riverside Library during the 2025 Harrowmere Book Festival.',
      credit: 'University of Harrowmere',
      hue: 290,
      label: 'Book Festival',
    },
  },
  {
    slug: 'tidecell-opens-kelp-battery-pilot-plant',
    title: 'Tidecell opens kelp battery pilot plant on Harrowmere docks',
    summary: prose`University of Harrowmere spin-out Tidecell has opened a pilot plant in the Harrowmere Innovation
      Quarter that can turn 200 tonnes of farmed kelp a year into battery materials, creating 32 jobs.`,
    releaseDate: '2026-06-16T08:30:00.000Z',
    topics: ['business-and-innovation', 'climate-and-environment'],
    contacts: ['niamh-ferrers'],
    body: [
      {
        type: 'p',
        text: prose`Tidecell, the University of Harrowmere spin-out that makes battery electrodes from farmed kelp,
          today opened its first pilot production plant in the Granary Building of the Harrowmere Innovation Quarter
          on Dock Road. The plant can process up to 200 tonnes of dried seaweed a year, enough to make electrodes
          for around 8,000 home battery units, and has created 32 jobs. The company, founded in 2024, says the plant
          will allow it to prove that its process works at industrial scale before it builds a full-size factory.`,
      },
      {
        type: 'quote',
        text: prose`“Two and a half years ago, we were making kelp carbon a spoonful at a time in a university lab,”
          said Dr Tomasz Wierzbicki, co-founder and Chief Technology Officer of Tidecell. “Today we have a
          production line, a team of 32 people and kelp arriving by boat from farms along the coast.”`,
      },
      { type: 'h2', text: 'Growing a coastal industry' },
      {
        type: 'p',
        text: prose`Tidecell has signed supply agreements with four seaweed farms on the Harrow Estuary and the
          coast to the north, which together expect to create a further 20 seasonal jobs. Its first commercial
          system, installed at Sedgeby Harbour in 2025, has now completed more than 400 charge cycles.`,
      },
      {
        type: 'quote',
        text: prose`“This is exactly what the Innovation Quarter was built for,” said Professor Ayesha Kerrigan,
          Pro-Vice-Chancellor for Enterprise. “Research from our labs, turned into a business, creating skilled jobs
          on the Harrowmere docks.”`,
      },
    ],
    notesToEditors: [
      'Tidecell raised £7.5 million in a Series A investment round in 2025, led by Northbank Ventures.',
      prose`The University of Harrowmere holds an equity stake in Tidecell. More information is [available on the
        company website](https://example.com/tidecell).`,
      'Images are available to download below.',
    ],
    related: ['tidecell-kelp-battery-spin-out-first-order', 'kelp-seaweed-batteries-grid-storage'],
    image: {
      alt: 'Workers in overalls loading bales of dried seaweed into a furnace in a brick warehouse',
      caption: 'Dried kelp arriving at the Tidecell pilot plant in the Granary Building.',
      credit: 'Tidecell Ltd',
      hue: 155,
      label: 'Tidecell plant',
    },
  },
  {
    slug: 'honorary-degrees-summer-graduation-2026',
    title: 'Lifeboat coxswain, community chef and climate scientist among honorary graduates',
    summary: prose`A volunteer lifeboat coxswain, a community chef and a pioneering climate scientist are among
      seven people to receive honorary degrees from the University of Harrowmere at this summer’s graduation
      ceremonies.`,
    releaseDate: '2026-07-08T09:00:00.000Z',
    topics: ['campus-and-community'],
    contacts: ['eleanor-price', 'press-office'],
    body: [
      {
        type: 'p',
        text: prose`Seven people who have made outstanding contributions to the region and the wider world will
          receive honorary degrees from the University of Harrowmere at summer graduation ceremonies, held at
          Harrowmere Minster from Monday 13 to Friday 24 July 2026. More than 5,800 students will graduate across 28
          ceremonies, watched by around 20,000 family members and friends.`,
      },
      { type: 'h2', text: "This year's honorary graduates" },
      {
        type: 'ul',
        items: [
          prose`**Stanley Pardoe**, coxswain of Sedgeby lifeboat for 31 years, who has taken part in more than 600
            rescues (Doctor of Laws)`,
          prose`**Grace Adebayo-Finch**, founder of the Coldharbour Community Kitchen, which serves 1,500 free meals
            a week (Doctor of the University)`,
          prose`**Professor Elin Varga-Moss**, climate scientist whose work on ocean heat transformed sea level
            forecasts (Doctor of Science)`,
          '**Ruairi Dunmore**, Harrowmere-born composer and conductor (Doctor of Music)',
          "**Harriet Kaye-Lindon**, children's author and illustrator (Doctor of Letters)",
          '**Dr Anand Velu-Harper**, founder of the Harrow Valley mobile eye clinic (Doctor of Medicine)',
          prose`**Joan Staithes**, former head teacher and co-founder of the Harrowmere Pathways scheme (Doctor of
            Education)`,
        ],
      },
      {
        type: 'quote',
        text: prose`“Our honorary graduates show what courage, generosity and curiosity can achieve,” said Professor
          Margaret Ellwood-Hart, Vice-Chancellor. “They will be wonderful role models for the thousands of students
          crossing the stage this summer.”`,
      },
      {
        type: 'p',
        text: prose`Every ceremony will be streamed live on the [University's graduation
          website](https://www.harrowmere.ac.uk/graduation).`,
      },
    ],
    notesToEditors: [
      prose`A full schedule of ceremonies, including when each honorary graduate will be presented, is available
        from the press office.`,
      'Photographers wishing to attend ceremonies must register in advance.',
      'Images are available to download below.',
    ],
    image: {
      alt: 'Graduates in gowns throwing their mortarboards in front of a minster',
      caption: 'Graduates celebrate outside Harrowmere Minster.',
      credit: 'University of Harrowmere',
      hue: 270,
      label: 'Graduation',
    },
  },
  {
    slug: 'medical-school-doubles-places-local-students',
    title: 'Harrowmere Medical School to double places reserved for local students',
    summary: prose`From 2027, half of all places at Harrowmere Medical School will be reserved for applicants from
      Harrowmere and the Harrow Valley, under a plan to grow the region’s own doctors and tackle staff shortages.`,
    releaseDate: '2026-08-13T08:00:00.000Z',
    topics: ['health-and-medicine', 'campus-and-community'],
    contacts: ['rhys-calloway', 'eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`Harrowmere Medical School will reserve half of its 240 places for students from Harrowmere and
          the Harrow Valley from September 2027, the University of Harrowmere announced today. The Local Doctors
          Programme doubles the number of places set aside for local applicants and will offer a preparation course,
          mentoring and paid summer work in local health services. The University says the move is designed to
          tackle shortages of doctors in the region, because graduates who grew up locally are much more likely to
          stay.`,
      },
      {
        type: 'quote',
        text: prose`“Our own data show that seven in ten local students are still working in the region five years
          after graduating, compared with three in ten of those from elsewhere,” said Professor Chidi Obi-Lawrence,
          Dean of Harrowmere Medical School. “If we want doctors for Harrowmere, we need to find and nurture them in
          Harrowmere.”`,
      },
      { type: 'h3', text: 'Who can apply' },
      {
        type: 'ul',
        items: [
          'Students who have lived in Harrowmere or the Harrow Valley for at least three years',
          'Students at partner schools and colleges in the Harrowmere Pathways scheme',
          'Adult learners completing Access to Medicine courses at Harrowmere College',
        ],
      },
      {
        type: 'p',
        text: prose`All applicants must meet the same academic standards, and every student follows the same
          curriculum. [Find out more about the Local Doctors
          Programme](https://www.harrowmere.ac.uk/medicine/local-doctors).`,
      },
    ],
    notesToEditors: [
      'Harrowmere Medical School admitted its first students in 2008.',
      'The Local Doctors Programme is supported by Harrow Valley Hospitals.',
      'Current medical students from the region are available for interview.',
    ],
    related: ['pathways-scheme-record-local-students', 'rural-health-training-centre-gps-nurses'],
    image: {
      alt: 'Medical students in scrubs practising on a simulation mannequin',
      caption: 'Students in the clinical skills suite at Harrowmere Medical School.',
      credit: 'University of Harrowmere',
      hue: 340,
      label: 'Local doctors',
    },
  },
  {
    slug: 'ai-flood-forecasting-river-harrow',
    title: "AI flood forecasts give River Harrow communities an extra six hours' warning",
    summary: prose`A flood forecasting system developed by University of Harrowmere engineers and trained on 50
      years of river data can predict flooding along the River Harrow up to six hours earlier than current methods.`,
    releaseDate: '2026-09-15T09:00:00.000Z',
    topics: ['climate-and-environment', 'research'],
    contacts: ['imogen-thackeray'],
    body: [
      {
        type: 'p',
        text: prose`Engineers at the University of Harrowmere have developed a machine learning system that predicts
          flooding along the River Harrow up to six hours earlier than existing forecasting methods. The system,
          called HarrowCast, combines 50 years of river level records with live rainfall radar, soil moisture
          sensors and weather forecasts. It was tested during the winter of 2025–26 and correctly forecast all nine
          flood events on the river, including the storm that flooded 140 homes in Sedgeby in January. The work aims
          to give residents, businesses and emergency services more time to prepare.`,
      },
      {
        type: 'quote',
        text: prose`“Six hours is the difference between moving your car and your precious belongings upstairs and
          waking up to water in your living room,” said Dr Siobhan Achterberg, Associate Professor of Hydrology, who
          led the project. “We designed HarrowCast with the people who will use it, from flood wardens to farmers.”`,
      },
      { type: 'h2', text: 'How it works' },
      {
        type: 'ol',
        items: [
          'Sensors across the catchment report soil moisture and river levels every 15 minutes',
          'The model compares live conditions with thousands of past storms',
          'Forecasts are updated hourly and shared with the council and community flood wardens',
        ],
      },
      {
        type: 'p',
        text: prose`HarrowCast will be used alongside official flood warnings from this winter. Residents can [sign
          up for community flood alerts](https://www.harrowmere.ac.uk/harrowcast).`,
      },
    ],
    notesToEditors: [
      'The study is published in Hydrology and Flood Risk.',
      'The project was funded by the Northern Research Council and Harrowmere City Council.',
      prose`Official flood warnings remain the primary source of advice; HarrowCast forecasts are designed to
        supplement them.`,
    ],
    related: ['urban-trees-cool-streets-heat-mapping'],
    image: {
      alt: 'A swollen brown river flowing under a stone bridge beside a flood gauge',
      caption: 'The River Harrow in flood at Sedgeby in January 2026.',
      credit: 'University of Harrowmere',
      hue: 205,
      label: 'HarrowCast',
    },
  },
  {
    slug: 'silent-film-harrowmere-docks-restored',
    title: "Restored 1920s film of Harrowmere's docks to premiere a century on",
    summary: prose`A silent film of life on the Harrowmere docks, shot in 1926 and thought to be lost, has been
      restored by University of Harrowmere film historians and will be screened with a new live score.`,
    releaseDate: '2026-10-21T08:30:00.000Z',
    topics: ['arts-and-culture'],
    contacts: ['samir-haddad'],
    body: [
      {
        type: 'p',
        text: prose`A 38-minute silent film showing dockers, fish sellers and shipbuilders at work in Harrowmere in
          1926 will be screened in public for the first time in almost a century, after being restored by film
          historians at the University of Harrowmere. The film, Harbour Light, was made by local photographer Ada
          Kettlewell and was believed lost until a nitrate print was found in a garage in Sedgeby in 2024. It will
          premiere at the Harrowmere Picture House on Friday 13 November, with a new score composed and performed
          live by University music students.`,
      },
      {
        type: 'quote',
        text: prose`“Harbour Light is a remarkable portrait of a working city, made by a woman with a camera at a
          time when very few women were directing films,” said Dr Jonah Pemberton-Ade, Senior Lecturer in Film
          Studies. “Restoring it has felt like opening a window onto the streets our students walk every day.”`,
      },
      { type: 'h2', text: 'A delicate restoration' },
      {
        type: 'p',
        text: prose`Nitrate film is highly flammable, and the print was badly shrunken. Working with specialist
          archivists, the team scanned the film frame by frame and repaired scratches and tears digitally, a process
          that took 14 months.`,
      },
      {
        type: 'p',
        text: prose`After the premiere, the film will be free to watch online and will be shown in schools across
          the city as part of a local history project. [Watch a short clip of Harbour
          Light](https://www.harrowmere.ac.uk/film/harbour-light).`,
      },
    ],
    notesToEditors: [
      'The restoration was funded by the Calder Heritage Trust.',
      'The original nitrate print has been deposited with a specialist film archive for safe storage.',
      'Stills from the film are available to download below.',
    ],
    related: ['music-hall-archive-acquired'],
    image: {
      alt: 'A black-and-white film still of dockers unloading crates from a steamship',
      caption: 'A still from Harbour Light (1926), directed by Ada Kettlewell.',
      credit: 'University of Harrowmere',
      hue: 25,
      label: 'Harbour Light',
    },
  },
  {
    slug: 'economic-impact-report-regional-contribution',
    title: 'University contributes £1.1 billion a year to the regional economy, report finds',
    summary: prose`An independent report finds that the University of Harrowmere generates £1.1 billion a year for
      the regional economy and supports around one in every 30 jobs in the Harrow Valley.`,
    releaseDate: '2026-11-05T09:00:00.000Z',
    topics: ['business-and-innovation', 'campus-and-community'],
    contacts: ['niamh-ferrers', 'eleanor-price'],
    body: [
      {
        type: 'p',
        text: prose`The University of Harrowmere generates £1.1 billion a year for the economy of Harrowmere and the
          Harrow Valley and supports around 9,800 jobs, according to an independent report published today. The
          study, carried out by Hartwell Grange Economics for the 2024–25 academic year, measured the University's
          own spending, the spending of its students and visitors, and the wider benefits of its research, spin-out
          companies and graduates. It was commissioned to give the public a clear picture of the University's role
          in the regional economy.`,
      },
      { type: 'h2', text: 'Key figures' },
      {
        type: 'ul',
        items: [
          '**£1.1 billion** total annual economic impact in the region',
          '9,800 jobs supported, around one in every 30 in the Harrow Valley',
          '£214 million spent by students in local shops, cafés and businesses',
          '26 active spin-out companies, employing 610 people',
        ],
      },
      {
        type: 'quote',
        text: prose`“These figures show that a strong university means a strong city,” said Professor Margaret
          Ellwood-Hart, Vice-Chancellor. “Behind every number is a nurse we have trained, a business we have helped
          to grow or a visitor who came to Harrowmere for a festival or a graduation.”`,
      },
      {
        type: 'quote',
        text: prose`“The University is one of our biggest employers and one of our best ambassadors,” said
          Councillor Denise Abernethy, Leader of Harrowmere City Council.`,
      },
      {
        type: 'p',
        text: prose`The report also highlights the Harrowmere Innovation Quarter, whose first building opened in
          spring 2026 and is now home to 41 businesses.`,
      },
    ],
    notesToEditors: [
      prose`The report was commissioned by the University of Harrowmere and prepared independently by Hartwell
        Grange Economics.`,
      'Figures refer to the 2024–25 academic year.',
      'Infographics are available to download below.',
    ],
    related: ['harrowmere-innovation-quarter-launch', 'advanced-manufacturing-partnership-north-coast'],
    cta: { label: 'Read the full report', url: 'https://www.harrowmere.ac.uk/economic-impact' },
    image: {
      alt: 'An aerial view of a university campus beside a river in a busy city',
      caption: 'The University of Harrowmere’s Quayside campus and the city centre.',
      credit: 'University of Harrowmere',
      hue: 230,
      label: 'Economic impact',
    },
  },
  {
    slug: 'gut-bacteria-childhood-asthma-study',
    title: 'Gut bacteria in the first year of life linked to lower asthma risk',
    summary: prose`Babies whose gut bacteria matured more quickly in their first year were a third less likely to
      develop asthma by the age of six, according to a University of Harrowmere study following 1,900 children.`,
    releaseDate: '2026-11-18T08:00:00.000Z',
    topics: ['health-and-medicine', 'research'],
    contacts: ['rhys-calloway'],
    body: [
      {
        type: 'p',
        text: prose`Children whose gut bacteria developed a more diverse, “mature” mix during their first year of
          life were a third less likely to have asthma by the age of six, a University of Harrowmere study published
          today has found. Researchers analysed samples collected at three, six and twelve months from 1,900 babies
          born at Harrowmere Royal Infirmary between 2017 and 2019, who are taking part in the long-running Harrow
          Valley Children's Study. The research set out to explain why some children develop asthma and others do
          not, and to identify opportunities for prevention.`,
      },
      {
        type: 'quote',
        text: prose`“The first year of life seems to be a window when gut microbes help to train the immune system,”
          said Dr Esther Kwarteng-Hale, Senior Lecturer in Paediatric Immunology, who led the study. “Children whose
          microbiome was slower to mature were more likely to develop asthma, even after we took account of family
          history, pets and where they lived.”`,
      },
      {
        type: 'p',
        text: prose`Breastfeeding, having older siblings and attending nursery were linked with faster maturation of
          gut bacteria, while Caesarean birth and antibiotic use in the first months were linked with slower
          development.`,
      },
      {
        type: 'p',
        text: prose`The researchers stress that parents should not change how they feed their babies or avoid
          prescribed antibiotics on the basis of these results, and that further trials are needed. Families can
          [learn more about the Harrow Valley Children's Study](https://www.harrowmere.ac.uk/children-study).`,
      },
    ],
    notesToEditors: [
      'The study is published in Paediatric Immunology Reports.',
      "The Harrow Valley Children's Study has followed more than 4,000 children born in Harrowmere since 2017.",
      'The research was funded by the Harrowmere Health Foundation and Asthma Research North.',
    ],
    image: {
      alt: 'A toddler playing with building blocks on a nursery floor',
      caption: "A participant in the Harrow Valley Children's Study.",
      credit: 'University of Harrowmere',
      hue: 5,
      label: 'Asthma study',
    },
  },
]
