// The shipped vocabularies, one JSON document each (provenance and licences in README.md).
import actTypes from './act-types.json';
import violenceMethods from './violence-methods.json';
import sourceMaterialTypes from './source-material-types.json';
import involvementDegrees from './involvement-degrees.json';
import sourceConnections from './source-connections.json';
import perpetratorTypes from './perpetrator-types.json';
import victimStatuses from './victim-statuses.json';
import whereabouts from './whereabouts.json';
import legalCounsel from './legal-counsel.json';
import statementsSigned from './statements-signed.json';
import medicalAttention from './medical-attention.json';
import intent from './intent.json';
import reliability from './reliability.json';
import perpetratorAgencies from './perpetrator-agencies.json';
import groupsAtRisk from './groups-at-risk.json';
import personStatuses from './person-statuses.json';
import legalStatuses from './legal-statuses.json';
import interventionKinds from './intervention-kinds.json';
import interventionOutcomes from './intervention-outcomes.json';
import consistencyLevels from './consistency-levels.json';

/** Raw vocabulary documents, validated by `vocabularySchema` when the registry loads. */
export const rawVocabularies: readonly unknown[] = [
  actTypes,
  violenceMethods,
  sourceMaterialTypes,
  involvementDegrees,
  sourceConnections,
  perpetratorTypes,
  victimStatuses,
  whereabouts,
  legalCounsel,
  statementsSigned,
  medicalAttention,
  intent,
  reliability,
  perpetratorAgencies,
  groupsAtRisk,
  personStatuses,
  legalStatuses,
  interventionKinds,
  interventionOutcomes,
  consistencyLevels,
];
