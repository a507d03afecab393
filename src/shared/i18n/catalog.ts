// The message catalogue: one object per domain per language, composed at the top level, so a key reads
// "<domain>.<path>" ("figures.total_bookings.name") in the renderer (i18next), the CLI, the shell, errors, insights,
// e-mails and files alike. Add a domain: write fr/<domain>.ts and en/<domain>.ts, then one line in each object.
import type { Lang } from '../analytics-types';
import { analytics as enAnalytics } from './en/analytics';
import { api as enApi } from './en/api';
import { app as enApp } from './en/app';
import { backups as enBackups } from './en/backups';
import { charts as enCharts } from './en/charts';
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { drivers as enDrivers } from './en/drivers';
import { empty as enEmpty } from './en/empty';
import { facilities as enFacilities } from './en/facilities';
import { errors as enErrors } from './en/errors';
import { exportsEn } from './en/exports';
import { figures as enFigures } from './en/figures';
import { insights as enInsights } from './en/insights';
import { jobs as enJobs } from './en/jobs';
import { kpi as enKpi } from './en/kpi';
import { mail as enMail } from './en/mail';
import { period as enPeriod } from './en/period';
import { reports as enReports } from './en/reports';
import { secrets as enSecrets } from './en/secrets';
import { settings as enSettings } from './en/settings';
import { shell as enShell } from './en/shell';
import { store as enStore } from './en/store';
import { sync as enSync } from './en/sync';
import { today as enToday } from './en/today';
import { trips as enTrips } from './en/trips';
import { analytics } from './fr/analytics';
import { api } from './fr/api';
import { app } from './fr/app';
import { backups } from './fr/backups';
import { charts } from './fr/charts';
import { cli } from './fr/cli';
import { common } from './fr/common';
import { drivers } from './fr/drivers';
import { empty } from './fr/empty';
import { facilities } from './fr/facilities';
import { errors } from './fr/errors';
import { exportsFr } from './fr/exports';
import { figures } from './fr/figures';
import { insights } from './fr/insights';
import { jobs } from './fr/jobs';
import { kpi } from './fr/kpi';
import { mail } from './fr/mail';
import { period } from './fr/period';
import { reports } from './fr/reports';
import { secrets } from './fr/secrets';
import { settings } from './fr/settings';
import { shell } from './fr/shell';
import { store } from './fr/store';
import { sync } from './fr/sync';
import { today } from './fr/today';
import { trips } from './fr/trips';
import type { Translation } from './translation';

/** French: the reference catalogue (and the fallback for a key missing at run time). */
export const fr = {
  app,
  common,
  period,
  figures,
  kpi,
  charts,
  insights,
  empty,
  trips,
  drivers,
  facilities,
  sync,
  settings,
  errors,
  exports: exportsFr,
  analytics,
  api,
  backups,
  cli,
  jobs,
  reports,
  mail,
  secrets,
  shell,
  store,
  today,
};

export type Catalogue = Translation<typeof fr>;

export const en: Catalogue = {
  app: enApp,
  common: enCommon,
  period: enPeriod,
  figures: enFigures,
  kpi: enKpi,
  charts: enCharts,
  insights: enInsights,
  empty: enEmpty,
  trips: enTrips,
  drivers: enDrivers,
  facilities: enFacilities,
  sync: enSync,
  settings: enSettings,
  errors: enErrors,
  exports: exportsEn,
  analytics: enAnalytics,
  api: enApi,
  backups: enBackups,
  cli: enCli,
  jobs: enJobs,
  reports: enReports,
  mail: enMail,
  secrets: enSecrets,
  shell: enShell,
  store: enStore,
  today: enToday,
};

export const catalogues: Readonly<Record<Lang, Catalogue>> = { fr, en };
