import { describe, expect, it } from 'vitest';
import { aFacility } from '../model/fixtures.test-helpers';
import {
  emptySource,
  emptyStatus,
  emptyUnit,
  emptyValues,
  formPathOf,
  problemsAt,
  problemsFromApi,
  toFacilityInput,
  valuesFromFacility,
  type FormValues,
} from './formModel';

const filled = (over: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues(),
  names: { ru: 'ИК-6', en: '', uk: '' },
  type: 'penal-colony-strict',
  authority: 'fsin',
  region: 'RU-VLA',
  ...over,
});

describe('the facility form model', () => {
  it('gives back the facility it was filled from', () => {
    const f = aFacility({ aliases: ['Мелехово'], capacity: null });
    const { input, problems } = toFacilityInput(valuesFromFacility(f));
    expect(problems).toEqual([]);
    expect(input).toEqual({
      names: f.names,
      aliases: f.aliases,
      type: f.type,
      authority: f.authority,
      region: f.region,
      coordinates: f.coordinates,
      capacity: null,
      status: f.status,
      units: f.units,
      sources: f.sources,
      sample: false,
    });
  });

  it('asks for a name, a type, an authority and a region, in its own words', () => {
    const { problems } = toFacilityInput(emptyValues());
    expect(problems).toEqual([
      { path: 'names', id: 'facilities.form.nameRequired' },
      { path: 'type', id: 'facilities.form.required' },
      { path: 'authority', id: 'facilities.form.required' },
      { path: 'region', id: 'facilities.form.required' },
    ]);
  });

  it('reads a decimal comma and wants both coordinates or neither', () => {
    expect(toFacilityInput(filled({ lat: '56,5', lon: '41' })).input.coordinates).toEqual({
      lat: 56.5,
      lon: 41,
      precision: 'settlement',
    });
    expect(toFacilityInput(filled({ lat: '56.5' })).problems).toEqual([
      { path: 'coordinates', id: 'facilities.form.bothCoordinates' },
    ]);
    expect(toFacilityInput(filled({ lat: 'north', lon: '41' })).problems).toEqual([
      { path: 'coordinates.lat', id: 'facilities.form.notNumber' },
    ]);
    expect(toFacilityInput(filled()).input.coordinates).toBeNull();
  });

  it('drops rows left empty and keeps the form row numbers in the schema’s problems', () => {
    const values = filled({
      status: [
        emptyStatus,
        { status: 'operating', from: '2001-01-01', to: '2010-12-31' },
        { status: 'closed', from: '2005-01-01', to: '' },
      ],
      units: [emptyUnit],
      sources: [emptySource, { title: 'Report', url: 'not a url', accessed: '' }],
    });
    const { input, problems } = toFacilityInput(values);
    expect(input.status).toHaveLength(2);
    expect(input.units).toEqual([]);
    // Schema issues carry indexes of the kept rows; they are mapped back to the rows shown.
    expect(problems).toEqual([
      { path: 'sources.1.url', id: 'facilities.form.badUrl' },
      { path: 'status.2', id: 'facilities.form.overlap' },
    ]);
  });

  it('asks for the kind of a unit and the title of a source that have other parts filled', () => {
    const { problems } = toFacilityInput(
      filled({
        units: [{ kind: '', name: 'Barrack 7' }],
        sources: [{ ...emptySource, url: 'https://x.org' }],
      }),
    );
    expect(problems).toEqual([
      { path: 'units.0.kind', id: 'facilities.form.required' },
      { path: 'sources.0.title', id: 'facilities.form.required' },
    ]);
  });

  it('puts the server’s and the client’s field errors at the same form field', () => {
    expect(formPathOf('facility.coordinates')).toBe('coordinates');
    expect(formPathOf('body.facility.coordinates.lat')).toBe('coordinates.lat');
    expect(formPathOf('facility')).toBe('');
    expect(formPathOf('into')).toBe('into');
    const problems = problemsFromApi([
      { path: 'facility.coordinates', message: '812 km outside Rostov Oblast' },
      { path: 'facility.coordinates.lat', message: 'latitude is between -90 and 90' },
    ]);
    expect(problemsAt(problems, 'coordinates')).toEqual([
      { path: 'coordinates', text: '812 km outside Rostov Oblast' },
    ]);
    expect(problemsAt(problems, 'coordinates', true)).toHaveLength(2);
  });
});
