/**
 * A solve that ran out of time before its required meetings were placed or
 * proven impossible is not an input error and not a crash: HTTP 422 with the
 * code `timed_out` and the located problem.
 */
import express from 'express';
import request from 'supertest';
import { solve } from '../../solver';
import { acceptSolveResult } from '../../src/app/solve-schedule';
import { errorHandler } from '../../src/http/error-handler';
import { createLogger } from '../../src/logger';
import { solveOutOfTime, triangle } from '../support/out-of-time';

describe('a solve out of time', () => {
  it('answers 422 timed_out with the located problem, not 500 and not infeasible', async () => {
    const app = express();
    app.post('/solve', () => {
      acceptSolveResult(solveOutOfTime());
    });
    app.use(errorHandler(createLogger('silent')));
    const response = await request(app).post('/solve');
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'timed_out',
      message: expect.stringContaining('time limit'),
      details: [{ path: 'constraints.mustMeet', code: 'timed_out', params: { mustMeet: 3, locks: 0, timeLimitMs: 10 } }],
    });
  });

  it('says infeasible, with its proof, once the search has the time to prove it', async () => {
    const app = express();
    app.post('/solve', () => {
      acceptSolveResult(solve(triangle));
    });
    app.use(errorHandler(createLogger('silent')));
    const response = await request(app).post('/solve');
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'infeasible', details: [{ code: 'infeasible', proof: { kind: 'exhaustive' } }] });
  });
});
