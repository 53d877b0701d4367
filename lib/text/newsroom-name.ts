import type { SiteSetting } from '../../payload-types'

/** What the site calls itself: in titles, feeds, social cards and the home page's heading. */
export const newsroomName = (settings: Pick<SiteSetting, 'organisationName'>) => `${settings.organisationName} Newsroom`
