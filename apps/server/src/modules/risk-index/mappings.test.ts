import { describe, expect, it } from 'vitest';
import {
  complaintResponse,
  countryOf,
  inCustody,
  incommunicado,
  isAtRisk,
  isComplaint,
  isDeath,
  isDefenderReprisal,
  isIsolation,
  isSevere,
  ledToCharges,
  methodsKnown,
  obtainedRedress,
  pressuredAfter,
} from './mappings';
import { placeOf, registerOf } from './places';

describe('methods of an incident', () => {
  it('calls electric shock, asphyxiation, rape, suspension and death threats severe, and beatings not', () => {
    for (const code of [
      '030800000000',
      '030801000000',
      '030902000000',
      '031000000000',
      '010400000000',
      '030500000000',
      '030502000000',
      '030601000000',
      '031101000000',
      '031103000000',
      '032301000000',
    ]) {
      expect(isSevere([code]), code).toBe(true);
    }
    for (const code of ['030101000000', '030602000000', '032201000000', '031800000000']) {
      expect(isSevere([code]), code).toBe(false);
    }
    expect(isSevere(['030101000000', '030800000000'])).toBe(true);
  });

  it('knows the methods unless none or only "unknown" is recorded', () => {
    expect(methodsKnown([])).toBe(false);
    expect(methodsKnown(['990000000000'])).toBe(false);
    expect(methodsKnown(['990000000000', '030101000000'])).toBe(true);
  });

  it('calls an incident isolation when a method is under 0318', () => {
    expect(isIsolation(['031800000000'])).toBe(true);
    expect(isIsolation(['031900000000'])).toBe(false);
  });
});

describe('custody and deaths', () => {
  it('puts an incident in custody by its facility, its detention or its place', () => {
    const none = { facility: null, detention: null, placeType: null };
    expect(inCustody(none)).toBe(false);
    expect(inCustody({ ...none, facility: 'f' })).toBe(true);
    expect(inCustody({ ...none, detention: 'd' })).toBe(true);
    expect(inCustody({ ...none, placeType: 'filtration-point' })).toBe(true);
    expect(inCustody({ ...none, placeType: 'street' })).toBe(false);
  });

  it('counts a killing or death as a consequence as a death, an attempted killing not', () => {
    expect(isDeath({ actType: '010106010000', physical: [] })).toBe(true);
    expect(isDeath({ actType: '010190010000', physical: [] })).toBe(true);
    expect(isDeath({ actType: '010109000000', physical: [] })).toBe(false);
    expect(isDeath({ actType: '020111110000', physical: ['death'] })).toBe(true);
    expect(isDeath({ actType: '020111110000', physical: ['injury'] })).toBe(false);
  });
});

describe('detentions held incommunicado', () => {
  it('is true for hidden whereabouts or denied counsel, false for contact with a lawyer, null when nothing is known', () => {
    expect(incommunicado({ whereabouts: '010200000000', lawyerAccess: [] })).toBe(true);
    expect(incommunicado({ whereabouts: '020000000000', lawyerAccess: [] })).toBe(true);
    expect(incommunicado({ whereabouts: null, lawyerAccess: ['120000000000'] })).toBe(true);
    expect(incommunicado({ whereabouts: '010101000000', lawyerAccess: ['530000000000'] })).toBe(
      false,
    );
    expect(incommunicado({ whereabouts: null, lawyerAccess: [] })).toBeNull();
    expect(
      incommunicado({ whereabouts: '990000000000', lawyerAccess: ['990000000000'] }),
    ).toBeNull();
  });
});

describe('complaints and their outcomes', () => {
  const complaint = (over: Partial<Parameters<typeof complaintResponse>[0]>) => ({
    status: 'submitted',
    outcomes: [] as string[],
    submitted: '2024-03-01',
    ...over,
  });

  it('calls a complaint investigated once a case is opened, even after refusals', () => {
    expect(
      complaintResponse(
        complaint({ outcomes: ['refusal-to-open-case', 'case-opened'] }),
        '2024-03-02',
      ),
    ).toBe('investigated');
  });

  it('calls a refusal, no answer, a formal reply or a closing without a case no investigation', () => {
    for (const outcome of ['refusal-to-open-case', 'no-response', 'formal-reply']) {
      expect(complaintResponse(complaint({ outcomes: [outcome] }), '2024-03-02')).toBe(
        'not-investigated',
      );
    }
    expect(complaintResponse(complaint({ status: 'closed' }), '2024-03-02')).toBe(
      'not-investigated',
    );
  });

  it('waits thirty days for an answer, then counts it as none; a planned one is not sent', () => {
    expect(complaintResponse(complaint({}), '2024-03-31')).toBeNull();
    expect(complaintResponse(complaint({}), '2024-04-01')).toBe('not-investigated');
    expect(complaintResponse(complaint({ submitted: null }), '2030-01-01')).toBeNull();
    expect(complaintResponse(complaint({ status: 'planned' }), '2030-01-01')).toBeNull();
  });

  it('finds charges, redress and complaints about incidents', () => {
    expect(ledToCharges(['case-opened'])).toBe(false);
    expect(ledToCharges(['conviction'])).toBe(true);
    expect(obtainedRedress(['violation-found'])).toBe(true);
    expect(obtainedRedress(['compensation'])).toBe(true);
    expect(obtainedRedress(['released', 'conviction'])).toBe(false);
    expect(isComplaint({ kind: 'ombudsman', incidents: ['i'] })).toBe(true);
    expect(isComplaint({ kind: 'media', incidents: ['i'] })).toBe(false);
    expect(isComplaint({ kind: 'ombudsman', incidents: [] })).toBe(false);
  });

  it('counts a reprisal against the complaint or its complainant after it as pressure', () => {
    const c = { id: 'iv', submitted: '2024-03-01' };
    const r = { person: null, intervention: null, day: '2024-02-01', lastDay: '2024-02-01' };
    expect(pressuredAfter({ ...r, intervention: 'iv' }, c, 'p')).toBe(true);
    expect(pressuredAfter({ ...r, person: 'p' }, c, 'p')).toBe(false);
    expect(
      pressuredAfter({ ...r, person: 'p', day: '2024-03-01', lastDay: '2024-03-01' }, c, 'p'),
    ).toBe(true);
    expect(pressuredAfter({ ...r, person: 'p', day: null, lastDay: null }, c, 'p')).toBe(true);
    expect(pressuredAfter({ ...r, person: 'q', day: '2024-05-01' }, c, 'p')).toBe(false);
  });
});

describe('people', () => {
  it('calls a victim at risk by any group, or a woman hurt in custody', () => {
    expect(isAtRisk({ groups: ['ukrainian-civilian'], sex: null, heldWhenHurt: false })).toBe(true);
    expect(isAtRisk({ groups: [], sex: 'female', heldWhenHurt: true })).toBe(true);
    expect(isAtRisk({ groups: [], sex: 'female', heldWhenHurt: false })).toBe(false);
    expect(isAtRisk({ groups: [], sex: 'male', heldWhenHurt: true })).toBe(false);
  });

  it('counts reprisals against lawyers, monitors, relatives and defenders, not against witnesses', () => {
    expect(isDefenderReprisal({ target: 'lawyer', personGroups: [] })).toBe(true);
    expect(isDefenderReprisal({ target: 'relative', personGroups: [] })).toBe(true);
    expect(isDefenderReprisal({ target: 'witness', personGroups: [] })).toBe(false);
    expect(isDefenderReprisal({ target: 'other', personGroups: ['human-rights-defender'] })).toBe(
      true,
    );
  });
});

describe('countries and places', () => {
  it('counts occupied Crimea for the state holding it, and Rostov for Russia', () => {
    expect(countryOf('UA-43', '2024-01-01', null)).toBe('RU');
    expect(countryOf('UA-43', '2013-01-01', null)).toBe('UA');
    expect(countryOf('RU-ROS', '2024-01-01', 'fsin')).toBe('RU');
    expect(countryOf('UA-30', '2024-01-01', null)).toBe('UA');
  });

  it('lets the facility authority decide in a partly occupied region', () => {
    expect(countryOf('UA-14', '2024-01-01', 'fsin')).toBe('RU');
    expect(countryOf('UA-14', '2024-01-01', 'health')).toBe('UA');
    expect(countryOf('UA-14', '2024-01-01', null)).toBe('UA');
  });

  it('places a record at its facility, following merges, and in its own region first', () => {
    const register = registerOf([
      { id: 'a', region: 'RU-ROS', authority: 'fsin', merged_into: null },
      { id: 'b', region: 'RU-MOS', authority: 'mvd', merged_into: 'a' },
    ]);
    expect(placeOf(register, { facility: 'b', region: null }, '2024-01-01')).toEqual({
      country: 'RU',
      region: 'RU-ROS',
      facility: 'a',
    });
    expect(placeOf(register, { facility: 'a', region: 'UA-43' }, '2024-01-01')).toEqual({
      country: 'RU',
      region: 'UA-43',
      facility: 'a',
    });
    expect(placeOf(register, { facility: 'elsewhere', region: null }, '2024-01-01')).toEqual({
      country: null,
      region: null,
      facility: 'elsewhere',
    });
  });
});
