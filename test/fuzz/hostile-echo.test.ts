import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/chat.js';
import {
  anna,
  blocksOf,
  people,
  startSlackDoor,
  textsOf,
  viewOf,
} from '../doors/slack/slack-harness.js';
import { filledIn, slashCommandBody, submissionBody } from '../doors/slack/slack-payloads.js';
import { executeSubmit, startTeamsDoor } from '../doors/teams/teams-harness.js';
import { testApp } from '../helpers/test-store.js';

/**
 * What people write comes back to others: a name in a coordinator's list, an organisation in
 * a card, a cell in an export. Each goes in through a real flow here and is read where it is
 * shown, to prove it shows as written and does nothing else.
 */
describe('hostile text echoed back', () => {
  it('Slack: a name with <!channel> and a disguised link pings nobody in the coordinator’s list', async () => {
    const app = testApp({ settings: { admins: [people[anna]?.email as string] } });
    const slack = await startSlackDoor({ app });
    try {
      const eve = 'U0666';
      const name = '<!channel> Eve <@U0001> <https://evil.example|klicka> & co';
      slack.fake.users[eve] = { realName: name, email: 'eve@example.org', locale: 'sv-SE' };
      await slack.post(
        slashCommandBody('anmäl', { user: eve, responseUrl: slack.fake.responseUrl('e') }),
      );
      const [opened] = await slack.fake.waitFor('views.open');
      await slack.post(submissionBody(viewOf(opened!.body), filledIn, { user: eve }));
      await slack.fake.waitFor('chat.postMessage');

      await slack.post(
        slashCommandBody('närvaro', { user: anna, responseUrl: slack.fake.responseUrl('list') }),
      );
      const [list] = await slack.fake.waitFor((c) => c.method === 'list');
      const shown = textsOf(blocksOf(list!.body)).join('\n');
      expect(shown).toContain(
        '&lt;!channel&gt; Eve &lt;@U0001&gt; &lt;https://evil.example|klicka&gt; &amp; co',
      );
      const sent = JSON.stringify(list!.body);
      for (const raw of ['<!channel>', '<@U0001>', '<https://evil.example']) {
        expect(sent).not.toContain(raw);
      }
    } finally {
      await slack.close();
      app.close();
    }
  });

  it('Teams: an organisation with a markdown link shows as text in the card', async () => {
    const teams = await startTeamsDoor();
    try {
      const organisation = '[klicka](https://evil.example) **Kumla** <b>kommun</b>';
      const answer = await teams.post(
        executeSubmit(teams, {
          organisation,
          roleTitle: 'Kommundirektör',
          diet: '- nötter\n# VIKTIGT',
        }),
      );
      expect(answer.status).toBe(200);
      const card = JSON.stringify(answer.body);
      // Escaped for card markdown: \[klicka\](…) is no link, \*\* no bold, \- no list.
      expect(card).toContain(
        JSON.stringify(
          '\\[klicka\\](https://evil.example) \\*\\*Kumla\\*\\* \\<b\\>kommun\\</b\\>',
        ).slice(1, -1),
      );
      expect(card).not.toContain('[klicka](https://evil.example)');
      expect(card).toContain(JSON.stringify('\\- nötter').slice(1, -1));
    } finally {
      await teams.close();
    }
  });

  it('CSV and XLSX: =HYPERLINK( in a registration is text, never a formula', async () => {
    const app = testApp({ settings: { admins: ['coordinator@example.org'] } });
    try {
      const forum = String(app.demoForum().id);
      const formula = '=HYPERLINK("http://evil.example","klicka")';
      const guest: Actor = {
        platform: 'slack',
        userId: 'U0777',
        locale: 'sv',
        displayName: '@SUM(1+1)',
      };
      const saved = await app.dispatcher.run(guest, 'forum.signup.submit', {
        forum,
        ...filledIn,
        accessibility: '',
        organisation: formula,
        roleTitle: '+46 70 123',
        diet: '-2+3',
      });
      expect(saved.outcome).toBeUndefined();
      const coordinator: Actor = {
        platform: 'slack',
        userId: 'U0888',
        locale: 'sv',
        email: 'coordinator@example.org',
      };

      const xlsx = await app.dispatcher.run(coordinator, 'figures.export', {
        forum,
        format: 'xlsx',
      });
      const workbook = new ExcelJS.Workbook();
      const file = xlsx.attachments?.find((a) => a.name.endsWith('.xlsx'));
      await workbook.xlsx.load(Buffer.from(file!.content) as unknown as ExcelJS.Buffer);
      const cells = workbook.worksheets.flatMap((sheet) => {
        const found: ExcelJS.Cell[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => found.push(cell)));
        return found;
      });
      const hostile = cells.filter((c) =>
        [formula, '@SUM(1+1)', '+46 70 123', '-2+3'].includes(String(c.value)),
      );
      expect(hostile.map((c) => c.value).sort()).toEqual(
        ['+46 70 123', '-2+3', '@SUM(1+1)', formula].sort(),
      );
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula)).toEqual([]);
      expect(hostile.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);

      const csv = await app.dispatcher.run(coordinator, 'figures.export', { forum, format: 'csv' });
      const participants = csv.attachments?.[0];
      const text = Buffer.from(participants!.content).toString('utf8');
      // Each hostile cell starts with ' (quoted where it holds a quote), so Excel shows text.
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klicka"")"`);
      expect(text).toContain(`'@SUM(1+1)`);
      expect(text).toContain(`'+46 70 123`);
      expect(text).toContain(`'-2+3`);
      expect(text).not.toMatch(/(^|;)[=+\-@]/m);
    } finally {
      app.close();
    }
  });
});
