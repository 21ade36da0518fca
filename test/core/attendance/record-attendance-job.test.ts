import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendanceJobs } from '../../../src/core/attendance/index.js';
import { recordAttendanceJob } from '../../../src/core/attendance/record-attendance-job.js';
import { silentLogger } from '../../../src/core/logger.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { testApp, timeZone } from '../../helpers/test-store.js';
import { type App, afterForum, day1, day2, person, register } from './season-fixture.js';

describe('recording who came', () => {
  let app: App;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  const run = () =>
    recordAttendanceJob.run({
      store: app.store,
      now: app.clock.now(),
      timeZone,
      settings: defaultSettings,
      logger: silentLogger,
    });

  it('is one of the attendance jobs', () => {
    expect(attendanceJobs).toContain(recordAttendanceJob);
  });

  it('marks the registered attended or no-show once the forum is over, once', async () => {
    const forum = app.demoForum();
    const ids = ['UA', 'UB', 'UC', 'UD', 'UE'].map((u) => person(app, u, u).id);
    const [a, b, c, d, e] = ids.map((id, i) =>
      register(app, forum, id, {}, i === 3 ? 'waitlisted' : 'registered'),
    );
    app.store.registrations.cancel(e!.id, app.clock.now().toISOString());
    app.store.attendance.checkIn(a!.id, 1, day1, null);
    app.store.attendance.checkIn(b!.id, 2, day2, null);

    app.clock.set('2027-03-10T11:59:00Z'); // 12.59 on day 2: not over yet
    await run();
    expect(app.store.registrations.get(a!.id)?.attendance).toBeNull();

    // Count the writes, to see that a second run writes nothing.
    const setAttendance = app.store.registrations.setAttendance;
    let writes = 0;
    app.store.registrations.setAttendance = (...args) => {
      writes++;
      setAttendance(...args);
    };
    app.clock.set('2027-03-10T12:00:00Z'); // 13.00: over
    await run();
    expect(writes).toBe(3);
    await run();
    expect(writes).toBe(3);
    const outcome = () =>
      [a, b, c, d, e].map((r) => app.store.registrations.get(r!.id)?.attendance);
    expect(outcome()).toEqual(['attended', 'attended', 'no_show', null, null]);

    // A check-in corrected afterwards does not rewrite a recorded outcome, however often it runs.
    app.store.attendance.checkIn(c!.id, 2, afterForum, null);
    app.clock.set(afterForum);
    await run();
    expect(outcome()).toEqual(['attended', 'attended', 'no_show', null, null]);
    expect(writes).toBe(3);
  });
});
