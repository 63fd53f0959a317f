import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
import type { recordsMonitoringEn } from './monitoring.en';

// Same keys as monitoring.en.ts; values as in the form (form/messages/monitoring.uk.ts).
export const recordsMonitoringUk: Record<keyof typeof recordsMonitoringEn, string> = {
  'records.field.monitoring-report.facility': 'Установа',
  'records.field.monitoring-report.sources': 'Джерела',
  'records.field.monitoring-report.evidence': 'Докази',
  'records.field.monitoring-report.period': 'Період',
  'records.field.monitoring-report.methods': 'Способи збору відомостей',
  'records.field.monitoring-report.informants': 'Опитано людей',
  'records.field.monitoring-report.peopleHeld': 'Кількість утримуваних',
  'records.field.monitoring-report.cellArea': 'Площа камери (м²)',
  'records.field.monitoring-report.peopleInCell': 'Людей у цій камері',
  'records.field.monitoring-report.doctorAccess': 'Доступ до лікаря',
  'records.field.monitoring-report.lawyerAccess': 'Доступ до адвоката',
  'records.field.monitoring-report.familyContact': "Зв'язок із родиною",
  'records.field.monitoring-report.punishmentCellPlacements':
    'Поміщення до ШІЗО та переведення до ПКТ',
  'records.field.monitoring-report.deathsReported': 'Смерті під вартою',
  'records.field.monitoring-report.informantDetails': 'Хто надав відомості',
  'records.field.monitoring-report.interviewContent': 'Що розповіли',
  'records.field.monitoring-report.summary': 'Підсумок',
  'records.field.monitoring-finding.report': 'Звіт',
  'records.field.monitoring-finding.facility': 'Установа',
  'records.field.monitoring-finding.heading': 'Розділ ЄКЗК',
  'records.field.monitoring-finding.kind': 'Вид',
  'records.field.monitoring-finding.followUp': 'Стан виконання',
  'records.field.monitoring-finding.followUpDate': 'Виконання перевірено',
  'records.field.monitoring-finding.text': 'Текст',
  'records.field.monitoring-finding.followUpNotes': 'Відповідь влади та вжиті заходи',
  ...enumMessages('records.enum.monitoring-report.methods', ENUM_LABELS.uk.monitoringMethod),
  ...enumMessages('records.enum.monitoring-report.doctorAccess', ENUM_LABELS.uk.access),
  ...enumMessages('records.enum.monitoring-report.lawyerAccess', ENUM_LABELS.uk.access),
  ...enumMessages('records.enum.monitoring-report.familyContact', ENUM_LABELS.uk.access),
  ...enumMessages('records.enum.monitoring-finding.heading', ENUM_LABELS.uk.heading),
  ...enumMessages('records.enum.monitoring-finding.kind', ENUM_LABELS.uk.findingKind),
  ...enumMessages('records.enum.monitoring-finding.followUp', ENUM_LABELS.uk.followUp),
};
