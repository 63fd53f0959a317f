import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
import type { recordsMonitoringEn } from './monitoring.en';

// Same keys as monitoring.en.ts; values as in the form (form/messages/monitoring.ru.ts).
export const recordsMonitoringRu: Record<keyof typeof recordsMonitoringEn, string> = {
  'records.field.monitoring-report.facility': 'Учреждение',
  'records.field.monitoring-report.sources': 'Источники',
  'records.field.monitoring-report.evidence': 'Материалы',
  'records.field.monitoring-report.period': 'Период',
  'records.field.monitoring-report.methods': 'Способы сбора сведений',
  'records.field.monitoring-report.informants': 'Опрошено человек',
  'records.field.monitoring-report.peopleHeld': 'Численность содержащихся',
  'records.field.monitoring-report.cellArea': 'Площадь камеры (м²)',
  'records.field.monitoring-report.peopleInCell': 'Человек в этой камере',
  'records.field.monitoring-report.doctorAccess': 'Доступ к врачу',
  'records.field.monitoring-report.lawyerAccess': 'Доступ к адвокату',
  'records.field.monitoring-report.familyContact': 'Связь с семьёй',
  'records.field.monitoring-report.punishmentCellPlacements': 'Водворения в ШИЗО и переводы в ПКТ',
  'records.field.monitoring-report.deathsReported': 'Смерти под стражей',
  'records.field.monitoring-report.informantDetails': 'Кто дал сведения',
  'records.field.monitoring-report.interviewContent': 'Что рассказали',
  'records.field.monitoring-report.summary': 'Резюме',
  'records.field.monitoring-finding.report': 'Отчёт',
  'records.field.monitoring-finding.facility': 'Учреждение',
  'records.field.monitoring-finding.heading': 'Раздел ЕКПП',
  'records.field.monitoring-finding.kind': 'Вид',
  'records.field.monitoring-finding.followUp': 'Ход исполнения',
  'records.field.monitoring-finding.followUpDate': 'Исполнение проверено',
  'records.field.monitoring-finding.text': 'Текст',
  'records.field.monitoring-finding.followUpNotes': 'Ответ властей и принятые меры',
  ...enumMessages('records.enum.monitoring-report.methods', ENUM_LABELS.ru.monitoringMethod),
  ...enumMessages('records.enum.monitoring-report.doctorAccess', ENUM_LABELS.ru.access),
  ...enumMessages('records.enum.monitoring-report.lawyerAccess', ENUM_LABELS.ru.access),
  ...enumMessages('records.enum.monitoring-report.familyContact', ENUM_LABELS.ru.access),
  ...enumMessages('records.enum.monitoring-finding.heading', ENUM_LABELS.ru.heading),
  ...enumMessages('records.enum.monitoring-finding.kind', ENUM_LABELS.ru.findingKind),
  ...enumMessages('records.enum.monitoring-finding.followUp', ENUM_LABELS.ru.followUp),
};
