import { YesNoCell as YesNoCell_4659421095ec04d431ebeb2ce9b3ce95 } from '../../../components/ListCells'
import { JsonTextareaField as JsonTextareaField_b5b45d3f10fcb27003389189d77ba81c } from '../../../components/JsonTextareaField'
import { BuiltInWhenEmptyCell as BuiltInWhenEmptyCell_4659421095ec04d431ebeb2ce9b3ce95 } from '../../../components/ListCells'
import { SourcesCell as SourcesCell_dafe2472eb64e4822e8c5d719b717e92 } from '../../../components/SourcesField'
import { SourcesField as SourcesField_dafe2472eb64e4822e8c5d719b717e92 } from '../../../components/SourcesField'
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
import { ParticipantCodeCell as ParticipantCodeCell_bb4e428731216dbf681c7942d9802e31 } from '../../../components/ParticipantCodeCell'
import { ParticipantRightsField as ParticipantRightsField_bf13ad59914ea98707f069069dd516b0 } from '../../../components/ParticipantRightsField'
import { ParticipantOverviewView as ParticipantOverviewView_a77e2c9ec95578090df2ff9e6358426b } from '../../../views/Participant/ParticipantOverviewView'
import { NewAssessmentView as NewAssessmentView_39def809a8fcc7c99535f495832762a4 } from '../../../views/Participant/NewAssessmentView'
import { ReviewFormView as ReviewFormView_a7285dff2444ae90da57f87803207396 } from '../../../views/Participant/ReviewFormView'
import { LocalizedTextShown as LocalizedTextShown_fedb58803c8844b94f42f7e162b6f3a4 } from '../../../components/LocalizedTextShown'
import { RungCell as RungCell_4659421095ec04d431ebeb2ce9b3ce95 } from '../../../components/ListCells'
import { EveryWorkplaceWhenEmptyCell as EveryWorkplaceWhenEmptyCell_4659421095ec04d431ebeb2ce9b3ce95 } from '../../../components/ListCells'
import { WeekdayCell as WeekdayCell_4659421095ec04d431ebeb2ce9b3ce95 } from '../../../components/ListCells'
import { AwardActions as AwardActions_d32ef58e8ebcf3562c424cc15000f75e } from '../../../components/AwardActions'
import { AwardPrefill as AwardPrefill_ea057cb029efae30d27b799aa91dcc84 } from '../../../components/AwardPrefill'
import { DayDateTextField as DayDateTextField_048be650e5d176503e97c989d9be2511 } from '../../../components/DayDateTextField'
import { AwardBatchProgress as AwardBatchProgress_0a09f048347624e81f2cb8bc6a6653db } from '../../../components/AwardBatchProgress'
import { CsvUploadField as CsvUploadField_63277b735225080a9aeeb377470a1090 } from '../../../components/CsvUploadField'
import { ReportsNavLink as ReportsNavLink_20a0797d56a074f461e12d46ffc66129 } from '../../../components/ReportsNavLink'
import { Dashboard as Dashboard_883c31e5a2819bb83d4b37435313e9bf } from '../../../views/Dashboard'
import { ObservationView as ObservationView_c39d2f44aaf96de95358593b27c9d1eb } from '../../../views/Observation/ObservationView'
import { ReportsView as ReportsView_a823e5c4f68561aaf12a143078b8c21c } from '../../../views/Reports/ReportsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ListCells#YesNoCell": YesNoCell_4659421095ec04d431ebeb2ce9b3ce95,
  "/components/JsonTextareaField#JsonTextareaField": JsonTextareaField_b5b45d3f10fcb27003389189d77ba81c,
  "/components/ListCells#BuiltInWhenEmptyCell": BuiltInWhenEmptyCell_4659421095ec04d431ebeb2ce9b3ce95,
  "/components/SourcesField#SourcesCell": SourcesCell_dafe2472eb64e4822e8c5d719b717e92,
  "/components/SourcesField#SourcesField": SourcesField_dafe2472eb64e4822e8c5d719b717e92,
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
  "/components/ParticipantCodeCell#ParticipantCodeCell": ParticipantCodeCell_bb4e428731216dbf681c7942d9802e31,
  "/components/ParticipantRightsField#ParticipantRightsField": ParticipantRightsField_bf13ad59914ea98707f069069dd516b0,
  "/views/Participant/ParticipantOverviewView#ParticipantOverviewView": ParticipantOverviewView_a77e2c9ec95578090df2ff9e6358426b,
  "/views/Participant/NewAssessmentView#NewAssessmentView": NewAssessmentView_39def809a8fcc7c99535f495832762a4,
  "/views/Participant/ReviewFormView#ReviewFormView": ReviewFormView_a7285dff2444ae90da57f87803207396,
  "/components/LocalizedTextShown#LocalizedTextShown": LocalizedTextShown_fedb58803c8844b94f42f7e162b6f3a4,
  "/components/ListCells#RungCell": RungCell_4659421095ec04d431ebeb2ce9b3ce95,
  "/components/ListCells#EveryWorkplaceWhenEmptyCell": EveryWorkplaceWhenEmptyCell_4659421095ec04d431ebeb2ce9b3ce95,
  "/components/ListCells#WeekdayCell": WeekdayCell_4659421095ec04d431ebeb2ce9b3ce95,
  "/components/AwardActions#AwardActions": AwardActions_d32ef58e8ebcf3562c424cc15000f75e,
  "/components/AwardPrefill#AwardPrefill": AwardPrefill_ea057cb029efae30d27b799aa91dcc84,
  "/components/DayDateTextField#DayDateTextField": DayDateTextField_048be650e5d176503e97c989d9be2511,
  "/components/AwardBatchProgress#AwardBatchProgress": AwardBatchProgress_0a09f048347624e81f2cb8bc6a6653db,
  "/components/CsvUploadField#CsvUploadField": CsvUploadField_63277b735225080a9aeeb377470a1090,
  "/components/ReportsNavLink#ReportsNavLink": ReportsNavLink_20a0797d56a074f461e12d46ffc66129,
  "/views/Dashboard#Dashboard": Dashboard_883c31e5a2819bb83d4b37435313e9bf,
  "/views/Observation/ObservationView#ObservationView": ObservationView_c39d2f44aaf96de95358593b27c9d1eb,
  "/views/Reports/ReportsView#ReportsView": ReportsView_a823e5c4f68561aaf12a143078b8c21c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
