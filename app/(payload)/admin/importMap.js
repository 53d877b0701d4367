import { EmbargoField as EmbargoField_4971595099df0b8229c9cd95b89988b1 } from '../../../components/admin/embargo-field'
import { SendToJournalists as SendToJournalists_f54229dc7d26cf8eef939d82e51884f8 } from '../../../components/admin/send-to-journalists'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkWarningsField as LinkWarningsField_1b58a065238f193a183c1973981a96f7 } from '../../../components/admin/link-warnings'
import { ReleaseFigures as ReleaseFigures_d338cd3b3472dd132f09bbbc6f09b93c } from '../../../components/admin/release-figures'
import { ImportReportField as ImportReportField_57485f34f6126f9b101de520c43d80be } from '../../../components/admin/import-report'
import { EmbargoCell as EmbargoCell_57f58031d2194f6a254b31c62df1e6f7 } from '../../../components/admin/embargo-cell'
import { YesNoCell as YesNoCell_4b2e00d0dd27ae55ae2971150b58039d } from '../../../components/admin/yes-no-cell'
import { ScheduleCell as ScheduleCell_0d6551b9a7597e84d0ef86cc49d751b6 } from '../../../components/admin/schedule-cell'
import { BulkPublishForEditors as BulkPublishForEditors_24636148a2fd418d0f59862fe5853e02 } from '../../../components/admin/bulk-publish-for-editors'
import { SaveBeforeLeaving as SaveBeforeLeaving_a8d95d70a14d6287b444b9ec8b1d74ba } from '../../../components/admin/save-before-leaving'
import { ReviewActions as ReviewActions_7ce7a1d2826d285a3a25a007585e0b7a } from '../../../components/admin/review-actions'
import { EnquiryActions as EnquiryActions_6990173005e807228645b34600a97bd5 } from '../../../components/admin/enquiry-actions'
import { SendAgain as SendAgain_2f54f4ce70ee2aaf1c9d86b104c97c17 } from '../../../components/admin/send-again'
import { MailWarning as MailWarning_754e68473ed39b45658a7c308ec0ebcb } from '../../../components/admin/mail-warning'
import { SubscriberCounts as SubscriberCounts_23f7c6f17a2fc1526ba0d489728725ae } from '../../../components/admin/subscriber-counts'
import { ContactImport as ContactImport_7fda088921eec757b0c5935ef4b7852f } from '../../../components/admin/contact-import'
import { ContactDataLink as ContactDataLink_2e2b66db7b11c40bb9416f28568b2edd } from '../../../components/admin/contact-data-link'
import { DistributionPreview as DistributionPreview_4df90ec7953b8fce8e5c86061d687f75 } from '../../../components/admin/distribution-preview'
import { DistributionActions as DistributionActions_2112cf199b1bd7ce1c2838e99ded1cca } from '../../../components/admin/distribution-actions'
import { DistributionReport as DistributionReport_7dffd3a815ba432ac4cbc93e89133098 } from '../../../components/admin/distribution-report'
import { CoveragePaste as CoveragePaste_75872722e18e18e27f47a75236403430 } from '../../../components/admin/coverage-paste'
import { PreviewLinkUrlCell as PreviewLinkUrlCell_e18fcc968415c6423cf9b364fd74895c } from '../../../components/admin/preview-link-url'
import { PreviewLinkUrl as PreviewLinkUrl_e18fcc968415c6423cf9b364fd74895c } from '../../../components/admin/preview-link-url'
import { PreviewLinkOpens as PreviewLinkOpens_8f9125556e295cbb3d8c078092756a3b } from '../../../components/admin/preview-link-opens'
import { SecondFactor as SecondFactor_ccba2af11dcbec5f0a15be5aa8cc4e4f } from '../../../components/admin/second-factor'
import { UnlockSignIn as UnlockSignIn_13c5ab2185dc5f7539e9293553355f2e } from '../../../components/admin/unlock-sign-in'
import { AuditExportLink as AuditExportLink_dd8910bc17a9a6fc8e4d2fdaba8d6cd2 } from '../../../components/admin/audit-export-link'
import { InitialsAvatar as InitialsAvatar_d7c4a9efac9fd8e6c78dc0b62c01efce } from '../../../components/admin/initials-avatar'
import { Icon as Icon_8080e1ef1118adf03a39f8c4df3468b1 } from '../../../components/admin/brand'
import { Logo as Logo_8080e1ef1118adf03a39f8c4df3468b1 } from '../../../components/admin/brand'
import { ImportNavLink as ImportNavLink_44d245ccfacc609a1c76324491246dd3 } from '../../../components/admin/import-nav-link'
import { WhatLandedNavLink as WhatLandedNavLink_15bcc36886bcc61ae91e3a1d2f43df81 } from '../../../components/admin/what-landed-nav-link'
import { OpenEnquiries as OpenEnquiries_50e58b7ba6dcc1fdbc934b6b4eb2f316 } from '../../../components/admin/open-enquiries'
import { CommsDashboard as CommsDashboard_3a311ab543e03d89221131af2e06e92a } from '../../../components/admin/comms-dashboard'
import { BrokenLinksCount as BrokenLinksCount_ca9b44296da4ced16ff1b3b57aa3fe0e } from '../../../components/admin/broken-links-count'
import { OnCallPanel as OnCallPanel_56a95ee2865ba31f54ede329da162e99 } from '../../../components/admin/on-call-panel'
import { SsoButton as SsoButton_56e8a002555c1c30cdc09c9726d1c8f2 } from '../../../components/admin/sso-button'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ImportView as ImportView_55be252b65b9903d7b09ec23283207a0 } from '../../../components/admin/import-view'
import { WhatLandedView as WhatLandedView_a29477aca69e0c3336d839fee8563298 } from '../../../components/admin/what-landed-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/embargo-field#EmbargoField": EmbargoField_4971595099df0b8229c9cd95b89988b1,
  "/components/admin/send-to-journalists#SendToJournalists": SendToJournalists_f54229dc7d26cf8eef939d82e51884f8,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/link-warnings#LinkWarningsField": LinkWarningsField_1b58a065238f193a183c1973981a96f7,
  "/components/admin/release-figures#ReleaseFigures": ReleaseFigures_d338cd3b3472dd132f09bbbc6f09b93c,
  "/components/admin/import-report#ImportReportField": ImportReportField_57485f34f6126f9b101de520c43d80be,
  "/components/admin/embargo-cell#EmbargoCell": EmbargoCell_57f58031d2194f6a254b31c62df1e6f7,
  "/components/admin/yes-no-cell#YesNoCell": YesNoCell_4b2e00d0dd27ae55ae2971150b58039d,
  "/components/admin/schedule-cell#ScheduleCell": ScheduleCell_0d6551b9a7597e84d0ef86cc49d751b6,
  "/components/admin/bulk-publish-for-editors#BulkPublishForEditors": BulkPublishForEditors_24636148a2fd418d0f59862fe5853e02,
  "/components/admin/save-before-leaving#SaveBeforeLeaving": SaveBeforeLeaving_a8d95d70a14d6287b444b9ec8b1d74ba,
  "/components/admin/review-actions#ReviewActions": ReviewActions_7ce7a1d2826d285a3a25a007585e0b7a,
  "/components/admin/enquiry-actions#EnquiryActions": EnquiryActions_6990173005e807228645b34600a97bd5,
  "/components/admin/send-again#SendAgain": SendAgain_2f54f4ce70ee2aaf1c9d86b104c97c17,
  "/components/admin/mail-warning#MailWarning": MailWarning_754e68473ed39b45658a7c308ec0ebcb,
  "/components/admin/subscriber-counts#SubscriberCounts": SubscriberCounts_23f7c6f17a2fc1526ba0d489728725ae,
  "/components/admin/contact-import#ContactImport": ContactImport_7fda088921eec757b0c5935ef4b7852f,
  "/components/admin/contact-data-link#ContactDataLink": ContactDataLink_2e2b66db7b11c40bb9416f28568b2edd,
  "/components/admin/distribution-preview#DistributionPreview": DistributionPreview_4df90ec7953b8fce8e5c86061d687f75,
  "/components/admin/distribution-actions#DistributionActions": DistributionActions_2112cf199b1bd7ce1c2838e99ded1cca,
  "/components/admin/distribution-report#DistributionReport": DistributionReport_7dffd3a815ba432ac4cbc93e89133098,
  "/components/admin/coverage-paste#CoveragePaste": CoveragePaste_75872722e18e18e27f47a75236403430,
  "/components/admin/preview-link-url#PreviewLinkUrlCell": PreviewLinkUrlCell_e18fcc968415c6423cf9b364fd74895c,
  "/components/admin/preview-link-url#PreviewLinkUrl": PreviewLinkUrl_e18fcc968415c6423cf9b364fd74895c,
  "/components/admin/preview-link-opens#PreviewLinkOpens": PreviewLinkOpens_8f9125556e295cbb3d8c078092756a3b,
  "/components/admin/second-factor#SecondFactor": SecondFactor_ccba2af11dcbec5f0a15be5aa8cc4e4f,
  "/components/admin/unlock-sign-in#UnlockSignIn": UnlockSignIn_13c5ab2185dc5f7539e9293553355f2e,
  "/components/admin/audit-export-link#AuditExportLink": AuditExportLink_dd8910bc17a9a6fc8e4d2fdaba8d6cd2,
  "/components/admin/initials-avatar#InitialsAvatar": InitialsAvatar_d7c4a9efac9fd8e6c78dc0b62c01efce,
  "/components/admin/brand#Icon": Icon_8080e1ef1118adf03a39f8c4df3468b1,
  "/components/admin/brand#Logo": Logo_8080e1ef1118adf03a39f8c4df3468b1,
  "/components/admin/import-nav-link#ImportNavLink": ImportNavLink_44d245ccfacc609a1c76324491246dd3,
  "/components/admin/what-landed-nav-link#WhatLandedNavLink": WhatLandedNavLink_15bcc36886bcc61ae91e3a1d2f43df81,
  "/components/admin/open-enquiries#OpenEnquiries": OpenEnquiries_50e58b7ba6dcc1fdbc934b6b4eb2f316,
  "/components/admin/comms-dashboard#CommsDashboard": CommsDashboard_3a311ab543e03d89221131af2e06e92a,
  "/components/admin/broken-links-count#BrokenLinksCount": BrokenLinksCount_ca9b44296da4ced16ff1b3b57aa3fe0e,
  "/components/admin/on-call-panel#OnCallPanel": OnCallPanel_56a95ee2865ba31f54ede329da162e99,
  "/components/admin/sso-button#SsoButton": SsoButton_56e8a002555c1c30cdc09c9726d1c8f2,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/import-view#ImportView": ImportView_55be252b65b9903d7b09ec23283207a0,
  "/components/admin/what-landed-view#WhatLandedView": WhatLandedView_a29477aca69e0c3336d839fee8563298,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
