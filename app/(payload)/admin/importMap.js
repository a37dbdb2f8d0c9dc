import { RelationCell as RelationCell_7fd3c255ef632bb5aebb1078663bcc81 } from '@/admin/cells/relation-cell'
import { CalendarDateField as CalendarDateField_375cf1e249993cdfa8af0e5f8c928459 } from '@/admin/fields/calendar-date-field'
import { IndividualFieldsCell as IndividualFieldsCell_d0003ba498950369c6fb9421034dd7e3 } from '@/admin/individual-fields/individual-fields-cell'
import { IndividualFieldsField as IndividualFieldsField_141da9e14b36715b8c8559de60156d31 } from '@/admin/individual-fields/individual-fields-field'
import { ExportListMenuItem as ExportListMenuItem_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ObjectIndividualFieldFilter as ObjectIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821 } from '@/admin/individual-fields/list-filter'
import { AssignOfficeToObjects as AssignOfficeToObjects_90f88a2b3887cdf9da950d773a528874 } from '@/admin/allocation-offices/assign-to-objects'
import { InviteHoldersButton as InviteHoldersButton_0cf3c6100454a6b0d69ed80fc5696ace } from '@/admin/portal-users/invite-holders-button'
import { ObjectReportsLinks as ObjectReportsLinks_8345103ca1bfb3f3e8352f9dad2dba94 } from '@/admin/reports/object-reports-links'
import { UnitOverviewView as UnitOverviewView_c131d19552a850201150386fef14f1c9 } from '@/admin/unit-overview/unit-overview-view'
import { NumberCell as NumberCell_3506caf70c4b8402efec2e820dfba887 } from '@/admin/cells/number-cell'
import { HoldingSubTypeField as HoldingSubTypeField_8f2a85c80de2bff23b1e0be9fc433f95 } from '@/admin/units/holding-sub-type-field'
import { UnitGroupsHeading as UnitGroupsHeading_1913615f557a032f33808b848f2623e5 } from '@/admin/units/unit-group-field'
import { UnitGroupField as UnitGroupField_1913615f557a032f33808b848f2623e5 } from '@/admin/units/unit-group-field'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnitInfoGrid as UnitInfoGrid_da743080005941a6d817a672e351ea80 } from '@/admin/info-grid/info-grid'
import { UnitReportsButton as UnitReportsButton_dc0e26046de07522be464213b952457d } from '@/admin/units/unit-reports-button'
import { UnitIndividualFieldFilter as UnitIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821 } from '@/admin/individual-fields/list-filter'
import { SealedDateField as SealedDateField_dac7a6b2f905c307c87b60b1dff9b839 } from '@/admin/fields/sealed-date-field'
import { IbanCell as IbanCell_6defc3cbde45f943e7728633c5172444 } from '@/admin/cells/iban-cell'
import { PersonIndividualFieldFilter as PersonIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821 } from '@/admin/individual-fields/list-filter'
import { InvitePersonButton as InvitePersonButton_978df9a536744983cb434357b39ac9f6 } from '@/admin/portal-users/invite-person-button'
import { PortalView as PortalView_2f23ad7af2cc1b1fd7667c13390d849b } from '@/admin/persons/portal-view'
import { DepositPayoutField as DepositPayoutField_83b279881f630f9444b18f53769a366a } from '@/admin/tenancies/securities-fields'
import { FinancingRepaymentField as FinancingRepaymentField_83b279881f630f9444b18f53769a366a } from '@/admin/tenancies/securities-fields'
import { ContractDataButton as ContractDataButton_10e078656ef1f6b9e44f7c8cfbe11955 } from '@/admin/tenancies/contract-data-button'
import { TenancyInfoGrid as TenancyInfoGrid_da743080005941a6d817a672e351ea80 } from '@/admin/info-grid/info-grid'
import { TenancyActiveFilter as TenancyActiveFilter_0a4ad24a467ffbfbd06b76733ed7dfbe } from '@/admin/active-filter/active-filter'
import { TenancyIndividualFieldFilter as TenancyIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821 } from '@/admin/individual-fields/list-filter'
import { FunctionActiveFilter as FunctionActiveFilter_0a4ad24a467ffbfbd06b76733ed7dfbe } from '@/admin/active-filter/active-filter'
import { EndFunctionButton as EndFunctionButton_9b6712317f77305edc1124453fa63740 } from '@/admin/functions/end-function-button'
import { ColourField as ColourField_1bdd4f1f1ff8ab59bfb9023d99474353 } from '@/admin/allocation-offices/colour-field'
import { SyncMunicipalitiesButton as SyncMunicipalitiesButton_1c887f8bbee8d97c6154f7ad3079f643 } from '@/admin/allocation-offices/sync-municipalities-button'
import { DocumentReceiptStatus as DocumentReceiptStatus_a4812e28e7d6226b4d4c006c6d1d5b62 } from '@/admin/documents/receipt-status'
import { ReleaseSelection as ReleaseSelection_7fb7337a1fbe4ea40f86c67f41e50f25 } from '@/admin/documents/release-selection'
import { ReleaseButton as ReleaseButton_a21a5de74df900ccbf1371f16d126b36 } from '@/admin/documents/release-button'
import { BatchReceiptStatus as BatchReceiptStatus_a4812e28e7d6226b4d4c006c6d1d5b62 } from '@/admin/documents/receipt-status'
import { ArchiveLink as ArchiveLink_88707b3cee2bceb42f134a89822a9fa5 } from '@/admin/privacy/archive-link'
import { ErasurePanel as ErasurePanel_bea2fffadbce021314aa8592b8bb488c } from '@/admin/privacy/erasure-panel'
import { CurrentPasswordField as CurrentPasswordField_76113b90aab33412f3d4c3a7188f2dbe } from '@/admin/account/current-password-field'
import { PasswordRules as PasswordRules_79f86dd995f6471a69bb8eab9509c855 } from '@/admin/account/password-rules'
import { FormatField as FormatField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { LimitField as LimitField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { Page as Page_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { SortBy as SortBy_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { SortOrder as SortOrder_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { SelectionToUseField as SelectionToUseField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { FieldsToExport as FieldsToExport_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { CollectionField as CollectionField_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ExportPreview as ExportPreview_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ExportSaveButton as ExportSaveButton_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ImportPreview as ImportPreview_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { ImportSaveButton as ImportSaveButton_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { Icon as Icon_0a2e3c1b14ec50497c79d4122a745fd5 } from '@/admin/brand'
import { Logo as Logo_0a2e3c1b14ec50497c79d4122a745fd5 } from '@/admin/brand'
import { ImportNavLink as ImportNavLink_9db3d3bf864bb588b16aa461d5677e7c } from '@/admin/import/nav-link'
import { ReportsNavLink as ReportsNavLink_149dcba1f89dde4d5338bbbd79d97ab5 } from '@/admin/reports/nav-link'
import { DashboardOverview as DashboardOverview_d51da9ac0f32b3b5f127417f8ce0eec2 } from '@/admin/dashboard/overview'
import { ScreenReaderLabels as ScreenReaderLabels_41f700cd5e4f19e19b723c40fde7c2af } from '@/admin/a11y/screen-reader-labels'
import { ImportExportProvider as ImportExportProvider_cdf7e044479f899a31f804427d568b36 } from '@payloadcms/plugin-import-export/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ImportView as ImportView_23c21251d03f3675b1cde7035649f310 } from '@/admin/import/import-view'
import { ReportsView as ReportsView_2ad2ea9ab27b444303bd7e47b1a7ede1 } from '@/admin/reports/reports-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/cells/relation-cell#RelationCell": RelationCell_7fd3c255ef632bb5aebb1078663bcc81,
  "@/admin/fields/calendar-date-field#CalendarDateField": CalendarDateField_375cf1e249993cdfa8af0e5f8c928459,
  "@/admin/individual-fields/individual-fields-cell#IndividualFieldsCell": IndividualFieldsCell_d0003ba498950369c6fb9421034dd7e3,
  "@/admin/individual-fields/individual-fields-field#IndividualFieldsField": IndividualFieldsField_141da9e14b36715b8c8559de60156d31,
  "@payloadcms/plugin-import-export/rsc#ExportListMenuItem": ExportListMenuItem_cdf7e044479f899a31f804427d568b36,
  "@/admin/individual-fields/list-filter#ObjectIndividualFieldFilter": ObjectIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821,
  "@/admin/allocation-offices/assign-to-objects#AssignOfficeToObjects": AssignOfficeToObjects_90f88a2b3887cdf9da950d773a528874,
  "@/admin/portal-users/invite-holders-button#InviteHoldersButton": InviteHoldersButton_0cf3c6100454a6b0d69ed80fc5696ace,
  "@/admin/reports/object-reports-links#ObjectReportsLinks": ObjectReportsLinks_8345103ca1bfb3f3e8352f9dad2dba94,
  "@/admin/unit-overview/unit-overview-view#UnitOverviewView": UnitOverviewView_c131d19552a850201150386fef14f1c9,
  "@/admin/cells/number-cell#NumberCell": NumberCell_3506caf70c4b8402efec2e820dfba887,
  "@/admin/units/holding-sub-type-field#HoldingSubTypeField": HoldingSubTypeField_8f2a85c80de2bff23b1e0be9fc433f95,
  "@/admin/units/unit-group-field#UnitGroupsHeading": UnitGroupsHeading_1913615f557a032f33808b848f2623e5,
  "@/admin/units/unit-group-field#UnitGroupField": UnitGroupField_1913615f557a032f33808b848f2623e5,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/admin/info-grid/info-grid#UnitInfoGrid": UnitInfoGrid_da743080005941a6d817a672e351ea80,
  "@/admin/units/unit-reports-button#UnitReportsButton": UnitReportsButton_dc0e26046de07522be464213b952457d,
  "@/admin/individual-fields/list-filter#UnitIndividualFieldFilter": UnitIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821,
  "@/admin/fields/sealed-date-field#SealedDateField": SealedDateField_dac7a6b2f905c307c87b60b1dff9b839,
  "@/admin/cells/iban-cell#IbanCell": IbanCell_6defc3cbde45f943e7728633c5172444,
  "@/admin/individual-fields/list-filter#PersonIndividualFieldFilter": PersonIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821,
  "@/admin/portal-users/invite-person-button#InvitePersonButton": InvitePersonButton_978df9a536744983cb434357b39ac9f6,
  "@/admin/persons/portal-view#PortalView": PortalView_2f23ad7af2cc1b1fd7667c13390d849b,
  "@/admin/tenancies/securities-fields#DepositPayoutField": DepositPayoutField_83b279881f630f9444b18f53769a366a,
  "@/admin/tenancies/securities-fields#FinancingRepaymentField": FinancingRepaymentField_83b279881f630f9444b18f53769a366a,
  "@/admin/tenancies/contract-data-button#ContractDataButton": ContractDataButton_10e078656ef1f6b9e44f7c8cfbe11955,
  "@/admin/info-grid/info-grid#TenancyInfoGrid": TenancyInfoGrid_da743080005941a6d817a672e351ea80,
  "@/admin/active-filter/active-filter#TenancyActiveFilter": TenancyActiveFilter_0a4ad24a467ffbfbd06b76733ed7dfbe,
  "@/admin/individual-fields/list-filter#TenancyIndividualFieldFilter": TenancyIndividualFieldFilter_3a30ab457171583dc2e9626e9dc5c821,
  "@/admin/active-filter/active-filter#FunctionActiveFilter": FunctionActiveFilter_0a4ad24a467ffbfbd06b76733ed7dfbe,
  "@/admin/functions/end-function-button#EndFunctionButton": EndFunctionButton_9b6712317f77305edc1124453fa63740,
  "@/admin/allocation-offices/colour-field#ColourField": ColourField_1bdd4f1f1ff8ab59bfb9023d99474353,
  "@/admin/allocation-offices/sync-municipalities-button#SyncMunicipalitiesButton": SyncMunicipalitiesButton_1c887f8bbee8d97c6154f7ad3079f643,
  "@/admin/documents/receipt-status#DocumentReceiptStatus": DocumentReceiptStatus_a4812e28e7d6226b4d4c006c6d1d5b62,
  "@/admin/documents/release-selection#ReleaseSelection": ReleaseSelection_7fb7337a1fbe4ea40f86c67f41e50f25,
  "@/admin/documents/release-button#ReleaseButton": ReleaseButton_a21a5de74df900ccbf1371f16d126b36,
  "@/admin/documents/receipt-status#BatchReceiptStatus": BatchReceiptStatus_a4812e28e7d6226b4d4c006c6d1d5b62,
  "@/admin/privacy/archive-link#ArchiveLink": ArchiveLink_88707b3cee2bceb42f134a89822a9fa5,
  "@/admin/privacy/erasure-panel#ErasurePanel": ErasurePanel_bea2fffadbce021314aa8592b8bb488c,
  "@/admin/account/current-password-field#CurrentPasswordField": CurrentPasswordField_76113b90aab33412f3d4c3a7188f2dbe,
  "@/admin/account/password-rules#PasswordRules": PasswordRules_79f86dd995f6471a69bb8eab9509c855,
  "@payloadcms/plugin-import-export/rsc#FormatField": FormatField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#LimitField": LimitField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#Page": Page_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#SortBy": SortBy_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#SortOrder": SortOrder_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#SelectionToUseField": SelectionToUseField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#FieldsToExport": FieldsToExport_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#CollectionField": CollectionField_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#ExportPreview": ExportPreview_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#ExportSaveButton": ExportSaveButton_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#ImportPreview": ImportPreview_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/plugin-import-export/rsc#ImportSaveButton": ImportSaveButton_cdf7e044479f899a31f804427d568b36,
  "@/admin/brand#Icon": Icon_0a2e3c1b14ec50497c79d4122a745fd5,
  "@/admin/brand#Logo": Logo_0a2e3c1b14ec50497c79d4122a745fd5,
  "@/admin/import/nav-link#ImportNavLink": ImportNavLink_9db3d3bf864bb588b16aa461d5677e7c,
  "@/admin/reports/nav-link#ReportsNavLink": ReportsNavLink_149dcba1f89dde4d5338bbbd79d97ab5,
  "@/admin/dashboard/overview#DashboardOverview": DashboardOverview_d51da9ac0f32b3b5f127417f8ce0eec2,
  "@/admin/a11y/screen-reader-labels#ScreenReaderLabels": ScreenReaderLabels_41f700cd5e4f19e19b723c40fde7c2af,
  "@payloadcms/plugin-import-export/rsc#ImportExportProvider": ImportExportProvider_cdf7e044479f899a31f804427d568b36,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/admin/import/import-view#ImportView": ImportView_23c21251d03f3675b1cde7035649f310,
  "@/admin/reports/reports-view#ReportsView": ReportsView_2ad2ea9ab27b444303bd7e47b1a7ede1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
