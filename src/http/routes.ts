/**
 * The API's routes (paths are part of the contract). Each one calls a use
 * case and sends what it returns; errors go to the error middleware.
 */
import express, { Router } from 'express';
import type { AppDeps } from '../app/ports';
import { createEvent } from '../app/create-event';
import { deleteEvent } from '../app/delete-event';
import { getAgenda } from '../app/get-agenda';
import { getClusterCalendar, getEventCalendar } from '../app/get-calendar';
import { getEvent } from '../app/get-event';
import { getClusterPrint, getEventPrint, getScheduleCsv } from '../app/get-export';
import { getJob } from '../app/get-job';
import { getPreferences } from '../app/get-preferences';
import { CLUSTER_SHEET_TEMPLATE } from '../app/cluster-sheet-template';
import { importEvent, importEventCsv } from '../app/import-event';
import { editSchedule } from '../app/edit-schedule';
import { getSchedule } from '../app/get-schedule';
import { listEvents } from '../app/list-events';
import { publishDraft } from '../app/publish-draft';
import { getScheduleChanges } from '../app/schedule-changes';
import { getSuggestions } from '../app/get-suggestions';
import { listClusters } from '../app/list-clusters';
import { getLocks, setLocks } from '../app/locks';
import { reissueToken } from '../app/reissue-token';
import { replaceEvent } from '../app/replace-event';
import { requestSolve } from '../app/request-solve';
import { submitPreferences } from '../app/submit-preferences';
import { liftAbsences, listAbsences, markAbsent } from '../app/absences';
import { getFeedback, submitFeedback } from '../app/feedback';
import { getReport, getReportCsv } from '../app/get-report';
import { requestMail } from '../app/request-mail';
import { clusterOf, guards, organiserOf } from './auth';
import { requireJsonBody, requireJsonOrCsvBody } from './error-handler';
import { sendExport } from './send-export';

/** Bodies are read only once the caller is known, up to `maxBodyBytes`. */
export function apiRoutes(deps: AppDeps, maxBodyBytes: number): Router {
  const { organizer, cluster, ownCluster } = guards(deps);
  const json = express.json({ limit: maxBodyBytes, strict: true });
  const csvText = express.text({ type: 'text/csv', limit: maxBodyBytes });
  const r = Router();

  r.get('/events', organizer, async (_req, res) => {
    res.json(await listEvents(deps, organiserOf(res)));
  });
  r.post('/events', organizer, requireJsonBody, json, async (req, res) => {
    const created = await createEvent(deps, req.body, organiserOf(res));
    res.status(201).location(`/api/events/${encodeURIComponent(created.id)}`).json(created);
  });
  // Before the `/events/:eventId` routes, so that `import` is not read as an event id.
  r.get('/events/import/template.csv', (_req, res) => {
    res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="clusters.csv"' }).send(CLUSTER_SHEET_TEMPLATE);
  });
  r.post('/events/import', organizer, requireJsonOrCsvBody, csvText, json, async (req, res) => {
    // express.text gives a string for text/csv only; anything else is the JSON form.
    const organiser = organiserOf(res);
    const created =
      typeof req.body === 'string' ? await importEventCsv(deps, req.body, req.query, organiser) : await importEvent(deps, req.body, organiser);
    res.status(201).location(`/api/events/${encodeURIComponent(created.id)}`).json(created);
  });
  r.get('/events/:eventId', organizer, async (req, res) => {
    res.json(await getEvent(deps, req.params.eventId));
  });
  r.put('/events/:eventId', organizer, requireJsonBody, json, async (req, res) => {
    res.json(await replaceEvent(deps, req.params.eventId, req.body));
  });
  r.delete('/events/:eventId', organizer, async (req, res) => {
    await deleteEvent(deps, req.params.eventId);
    res.status(204).end();
  });
  r.get('/events/:eventId/clusters', organizer, async (req, res) => {
    res.json(await listClusters(deps, req.params.eventId));
  });
  r.post('/events/:eventId/clusters/:clusterId/token', organizer, async (req, res) => {
    res.json(await reissueToken(deps, req.params.eventId, req.params.clusterId));
  });
  r.post('/events/:eventId/solve', organizer, requireJsonBody, json, async (req, res) => {
    res.status(202).json(await requestSolve(deps, req.params.eventId, req.body));
  });
  r.get('/events/:eventId/schedule', organizer, async (req, res) => {
    res.json(await getSchedule(deps, req.params.eventId, req.query));
  });
  r.put('/events/:eventId/schedule', organizer, requireJsonBody, json, async (req, res) => {
    res.json(await editSchedule(deps, req.params.eventId, req.body));
  });
  r.get('/events/:eventId/schedule/changes', organizer, async (req, res) => {
    res.json(await getScheduleChanges(deps, req.params.eventId));
  });
  r.post('/events/:eventId/publish', organizer, async (req, res) => {
    res.json(await publishDraft(deps, req.params.eventId));
  });
  r.get('/events/:eventId/calendar.ics', organizer, async (req, res) => {
    sendExport(req, res, await getEventCalendar(deps, req.params.eventId, req.query));
  });
  r.get('/events/:eventId/schedule.csv', organizer, async (req, res) => {
    sendExport(req, res, await getScheduleCsv(deps, req.params.eventId, req.query));
  });
  r.get('/events/:eventId/print', organizer, async (req, res) => {
    sendExport(req, res, await getEventPrint(deps, req.params.eventId, req.query));
  });
  r.get('/events/:eventId/locks', organizer, async (req, res) => {
    res.json(await getLocks(deps, req.params.eventId));
  });
  r.put('/events/:eventId/locks', organizer, requireJsonBody, json, async (req, res) => {
    res.json(await setLocks(deps, req.params.eventId, req.body));
  });
  r.post('/events/:eventId/invitations', organizer, requireJsonBody, json, async (req, res) => {
    res.status(202).json(await requestMail(deps, req.params.eventId, req.body));
  });
  r.get('/events/:eventId/absences', organizer, async (req, res) => {
    res.json(await listAbsences(deps, req.params.eventId));
  });
  r.post('/events/:eventId/absences', organizer, requireJsonBody, json, async (req, res) => {
    res.json(await markAbsent(deps, req.params.eventId, req.body));
  });
  r.delete('/events/:eventId/absences', organizer, requireJsonBody, json, async (req, res) => {
    res.json(await liftAbsences(deps, req.params.eventId, req.body));
  });
  r.get('/events/:eventId/report', organizer, async (req, res) => {
    res.json(await getReport(deps, req.params.eventId));
  });
  r.get('/events/:eventId/report.csv', organizer, async (req, res) => {
    sendExport(req, res, await getReportCsv(deps, req.params.eventId, req.query));
  });
  r.get('/jobs/:jobId', organizer, async (req, res) => {
    res.json(await getJob(deps, req.params.jobId, organiserOf(res)));
  });

  r.get('/events/:eventId/preferences', cluster, async (req, res) => {
    res.json(await getPreferences(deps, req.params.eventId, clusterOf(res)));
  });
  r.post('/events/:eventId/preferences', cluster, requireJsonBody, json, async (req, res) => {
    res.json(await submitPreferences(deps, req.params.eventId, clusterOf(res), req.body));
  });
  r.get('/events/:eventId/suggestions', cluster, async (req, res) => {
    res.json(await getSuggestions(deps, req.params.eventId, clusterOf(res)));
  });
  r.get('/events/:eventId/feedback', cluster, async (req, res) => {
    res.json(await getFeedback(deps, req.params.eventId, clusterOf(res)));
  });
  r.post('/events/:eventId/feedback', cluster, requireJsonBody, json, async (req, res) => {
    res.json(await submitFeedback(deps, req.params.eventId, clusterOf(res), req.body));
  });
  r.get('/events/:eventId/agenda', cluster, async (req, res) => {
    res.json(await getAgenda(deps, req.params.eventId, clusterOf(res)));
  });
  // Also with `?token=`, so that calendar apps can subscribe to the URL (webcal://).
  r.get('/events/:eventId/clusters/:clusterId/agenda.ics', ownCluster, async (req, res) => {
    sendExport(req, res, await getClusterCalendar(deps, req.params.eventId, clusterOf(res), req.query));
  });
  r.get('/events/:eventId/clusters/:clusterId/print', ownCluster, async (req, res) => {
    sendExport(req, res, await getClusterPrint(deps, req.params.eventId, clusterOf(res), req.query));
  });
  return r;
}
