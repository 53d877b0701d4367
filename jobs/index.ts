import type { TaskConfig } from 'payload'
import { alertRelease } from './alert-release'
import { checkLinksTask } from './check-links'
import { goPublicTask } from './go-public'
import { queueReleaseAlerts } from './queue-release-alerts'
import { reindexTopic } from './reindex-topic'
import { sendDistributionTask } from './send-distribution'
import { sendEmail } from './send-email'
import { sendEnquiryEmail } from './send-enquiry-email'
import { sendReleaseAlerts } from './send-release-alerts'
import { startDistributionTask } from './start-distribution'

// Every background task the app runs. Payload's own scheduled publishing (schedulePublish) is added by Payload.
export const tasks = [
  sendEnquiryEmail,
  sendEmail,
  alertRelease,
  queueReleaseAlerts,
  sendReleaseAlerts,
  goPublicTask,
  checkLinksTask,
  reindexTopic,
  startDistributionTask,
  sendDistributionTask,
] as TaskConfig[]
