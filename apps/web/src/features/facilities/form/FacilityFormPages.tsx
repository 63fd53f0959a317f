import { isApiError } from '@vigil/client';
import { facilityIdSchema, type Facility } from '@vigil/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useLabeller } from '../../records/shared/useLabeller';
import { nameOf } from '../labels';
import { duplicatesOf } from '../model/duplicates';
import {
  useCreateFacility,
  useFacilities,
  useFacility,
  useMayWriteRegister,
  useUpdateFacility,
} from '../queries';
import { MergedNotice } from '../pages/MergedNotice';
import { FacilityForm } from './FacilityForm';
import {
  emptyValues,
  problemsFromApi,
  toFacilityInput,
  valuesFromFacility,
  type FormProblem,
  type FormValues,
} from './formModel';
import '../facilities.css';

function Shell({
  title,
  back,
  children,
}: {
  readonly title: string;
  readonly back: string;
  readonly children: ReactNode;
}) {
  const t = useT();
  usePageTitle(title);
  return (
    <div className="page">
      <Link to={back} className="back-link">
        ← {t('facilities.back')}
      </Link>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** Turns a failed save into problems at fields, or leaves it for the page to explain. */
const fieldProblemsOf = (error: unknown): FormProblem[] | null =>
  isApiError(error, 'validation_failed') && error.fields.length > 0
    ? problemsFromApi(error.fields)
    : null;

/** "Add a facility": the form, then the new facility's page; likely duplicates are offered first. */
export function NewFacilityPage() {
  const t = useT();
  const l = useLabeller();
  const navigate = useNavigate();
  const mayWrite = useMayWriteRegister();
  const register = useFacilities();
  const create = useCreateFacility();
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [duplicates, setDuplicates] = useState<Facility[] | null>(null);

  const save = (allowDuplicate: boolean) => {
    const { input, problems: found } = toFacilityInput(values);
    setProblems(found);
    setDuplicates(null);
    create.reset();
    if (found.length > 0) return;
    create.mutate(
      { facility: input, allowDuplicate },
      {
        onSuccess: (f) => navigate(`/facilities/${f.id}`),
        onError: (error) => {
          const fields = fieldProblemsOf(error);
          if (fields !== null) setProblems(fields);
          else if (isApiError(error, 'possible_duplicate')) {
            setDuplicates(duplicatesOf(error.fields, input, register.data ?? []));
          }
        },
      },
    );
  };

  const shownError =
    create.error !== null &&
    fieldProblemsOf(create.error) === null &&
    !isApiError(create.error, 'possible_duplicate')
      ? create.error
      : null;

  return (
    <Shell title={t('facilities.form.newTitle')} back="/facilities">
      {!mayWrite ? (
        <p className="muted">{t('facilities.readOnly')}</p>
      ) : (
        <FacilityForm
          values={values}
          onChange={setValues}
          problems={problems}
          pending={create.isPending}
          onSubmit={() => save(false)}
          onCancel={() => navigate('/facilities')}
          notice={
            <>
              <ErrorAlert error={shownError} />
              {duplicates !== null ? (
                <section
                  className="alert alert-warning"
                  role="alert"
                  data-testid="facility-duplicate"
                >
                  <h2>{t('facilities.form.duplicateTitle')}</h2>
                  <p>{t('facilities.form.duplicateBody')}</p>
                  {duplicates.length > 0 ? (
                    <ul className="fac-dupes">
                      {duplicates.map((d) => (
                        <li key={d.id}>
                          {nameOf(l, d)} —{' '}
                          <Link to={`/facilities/${d.id}`} data-testid="facility-duplicate-open">
                            {t('facilities.form.openDuplicate')}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <Button
                    onClick={() => save(true)}
                    pending={create.isPending}
                    testId="facility-create-anyway"
                  >
                    {t('facilities.form.createAnyway')}
                  </Button>
                </section>
              ) : null}
            </>
          }
        />
      )}
    </Shell>
  );
}

/** "Change facility": the form filled from the stored facility, saved against its version. */
export function EditFacilityPage() {
  const t = useT();
  const id = facilityIdSchema.safeParse(useParams()['facilityId']);
  if (!id.success) {
    return (
      <Shell title={t('facilities.form.editTitle')} back="/facilities">
        <div className="alert alert-error" role="alert">
          {t('facilities.page.notFound')}
        </div>
      </Shell>
    );
  }
  return <EditLoader id={id.data} />;
}

function EditLoader({ id }: { readonly id: string }) {
  const t = useT();
  const facility = useFacility(id);
  if (facility.isPending) {
    return (
      <Shell title={t('facilities.form.editTitle')} back={`/facilities/${id}`}>
        <Loading />
      </Shell>
    );
  }
  if (facility.isError) {
    return (
      <Shell title={t('facilities.form.editTitle')} back={`/facilities/${id}`}>
        <ErrorAlert error={facility.error} overrides={{ not_found: 'facilities.page.notFound' }} />
      </Shell>
    );
  }
  // Keyed by version: a reload after a conflict starts the form again from the stored facility.
  return (
    <EditForm
      key={facility.data.version}
      facility={facility.data}
      reload={() => void facility.refetch()}
    />
  );
}

function EditForm({
  facility,
  reload,
}: {
  readonly facility: Facility;
  readonly reload: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const mayWrite = useMayWriteRegister();
  const update = useUpdateFacility(facility.id);
  const [values, setValues] = useState<FormValues>(() => valuesFromFacility(facility));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const back = `/facilities/${facility.id}`;

  const save = () => {
    const { input, problems: found } = toFacilityInput(values);
    setProblems(found);
    update.reset();
    if (found.length > 0) return;
    update.mutate(
      { version: facility.version, facility: input },
      {
        onSuccess: () => navigate(back),
        onError: (error) => {
          const fields = fieldProblemsOf(error);
          if (fields !== null) setProblems(fields);
        },
      },
    );
  };

  const conflict = isApiError(update.error, 'conflict');
  const shownError =
    update.error !== null && !conflict && fieldProblemsOf(update.error) === null
      ? update.error
      : null;

  return (
    <Shell title={t('facilities.form.editTitle')} back={back}>
      {facility.mergedInto !== null ? (
        <MergedNotice into={facility.mergedInto} />
      ) : !mayWrite ? (
        <p className="muted">{t('facilities.readOnly')}</p>
      ) : (
        <FacilityForm
          values={values}
          onChange={setValues}
          problems={problems}
          pending={update.isPending}
          onSubmit={save}
          onCancel={() => navigate(back)}
          notice={
            <>
              <ErrorAlert error={shownError} />
              {conflict ? (
                <div className="alert alert-warning" role="alert" data-testid="facility-conflict">
                  <p>{t('facilities.form.conflict')}</p>
                  <Button onClick={reload} testId="facility-reload">
                    {t('facilities.form.reload')}
                  </Button>
                </div>
              ) : null}
            </>
          }
        />
      )}
    </Shell>
  );
}
