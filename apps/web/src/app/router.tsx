import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from '../features/identity/LoginPage';
import { RegisterPage } from '../features/identity/RegisterPage';
import { SettingsPage } from '../features/identity/SettingsPage';
import { UnlockPage } from '../features/identity/UnlockPage';
import { ExportPage } from '../features/records/pages/ExportPage';
import { ImportPage } from '../features/records/pages/ImportPage';
import { RecordPage } from '../features/records/pages/RecordPage';
import { EditRecordPage, NewRecordPage } from '../features/records/form/RecordFormPages';
import { FacilitiesPage } from '../features/facilities/pages/FacilitiesPage';
import { FacilityPage } from '../features/facilities/pages/FacilityPage';
import { EditFacilityPage, NewFacilityPage } from '../features/facilities/form/FacilityFormPages';
import { LazyMapPage } from '../features/facilities/map/lazy';
import { AlertsPage } from '../features/monitoring/alerts/AlertsPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RiskIndexPage } from '../features/risk-index/RiskIndexPage';
import { EstimationPage } from '../features/estimation/EstimationPage';
import { LinkagePage } from '../features/linkage/LinkagePage';
import { VaultListPage } from '../features/vaults/VaultListPage';
import { VaultPage } from '../features/vaults/VaultPage';
import { RequireLocked, RequireSignedOut, RequireUnlocked } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/** Every route of the app; the server answers unknown paths with index.html (SPA fallback). */
export const createRouter = () =>
  createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/vaults" replace /> },
        {
          element: <RequireSignedOut />,
          children: [
            { path: 'register', element: <RegisterPage /> },
            { path: 'login', element: <LoginPage /> },
          ],
        },
        { element: <RequireLocked />, children: [{ path: 'unlock', element: <UnlockPage /> }] },
        {
          element: <RequireUnlocked />,
          children: [
            { path: 'vaults', element: <VaultListPage /> },
            { path: 'vaults/:vaultId', element: <VaultPage tab="members" /> },
            { path: 'vaults/:vaultId/audit', element: <VaultPage tab="audit" /> },
            { path: 'vaults/:vaultId/security', element: <VaultPage tab="security" /> },
            { path: 'vaults/:vaultId/records', element: <VaultPage tab="records" /> },
            { path: 'vaults/:vaultId/records/:recordId', element: <RecordPage /> },
            { path: 'vaults/:vaultId/records/import', element: <ImportPage /> },
            { path: 'vaults/:vaultId/records/export', element: <ExportPage /> },
            { path: 'vaults/:vaultId/records/new/:kind', element: <NewRecordPage /> },
            { path: 'vaults/:vaultId/records/:recordId/edit', element: <EditRecordPage /> },
            { path: 'facilities', element: <FacilitiesPage /> },
            { path: 'facilities/map', element: <LazyMapPage /> },
            { path: 'facilities/new', element: <NewFacilityPage /> },
            { path: 'facilities/:facilityId', element: <FacilityPage /> },
            { path: 'facilities/:facilityId/edit', element: <EditFacilityPage /> },
            { path: 'alerts', element: <AlertsPage /> },
            { path: 'statistics', element: <StatisticsPage /> },
            { path: 'reports', element: <ReportsPage /> },
            { path: 'risk-index/*', element: <RiskIndexPage /> },
            { path: 'estimation', element: <EstimationPage /> },
            { path: 'linkage', element: <LinkagePage /> },
            { path: 'settings', element: <SettingsPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
