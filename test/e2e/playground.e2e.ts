import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/core/i18n/translate.js';
import { type RunningPlayground, startPlayground } from '../../src/tools/playground.js';
import { type BotProcess, type LogEntry, startBot, troubleIn } from './bot-process.js';
import { freePort } from './free-port.js';
import { harmlessConsole, renderProblems } from './render-problems.js';
import { shown, textPattern } from './text-pattern.js';

/**
 * The Teams experience in Microsoft's own Teams client emulator, Microsoft 365 Agents
 * Playground, driven in headless Chromium: the bot's anonymous Teams door answers on the
 * Playground's mock Bot Connector, and the Playground draws every card as Teams would.
 *
 * The Playground's user is Alex Wilber (alexw@example.com, from its built-in configuration)
 * and it sends every message and card action with locale en-US, so the bot answers in
 * English. Alex starts as a participant (help, sign-up, change, a refused coordinator
 * command); then the bot is restarted with ADMIN_EMAILS naming Alex, on the same database,
 * as an admin would grant the role, and Alex opens a consultation round in the group chat
 * and gives an input. The annual cycle has one item whose nudge falls due a minute or two
 * after the start, owned by Alex's address; the real scheduler posts it to Alex's chat.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const screenshots = join(root, 'test/e2e/screenshots');
const chromiumPath = '/usr/bin/chromium';
const alex = 'alexw@example.com';
const personalChatId = 'e2e-personal-chat';
const nudgeTitle = 'E2E: skicka kvartalsrapporten till Tillväxtverket';
const en = (key: MessageKey) => textPattern('en', key);

let dir: string;
let teamsPort: number;
let feedPort: number;
let bot: BotProcess | undefined;
const logs: LogEntry[] = [];
let playground: RunningPlayground | undefined;
let url: string;
let browser: BrowserContext | undefined;
let page: Page;
const pageErrors: string[] = [];

/** A cycle whose only item falls due, in UTC, at the start of the next minute but one. */
function writeCycle(file: string): Date {
  const due = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
  const [date, time] = due.toISOString().split('T') as [string, string];
  const cycle = {
    version: 1,
    timeZone: 'UTC',
    nudgeDays: 'all',
    items: [
      {
        id: 'e2e-paminnelse',
        title: nudgeTitle,
        owner: { email: alex },
        rule: { once: date },
        time: time.slice(0, 5),
        leadDays: [0],
        move: 'none',
      },
    ],
  };
  writeFileSync(file, JSON.stringify(cycle, null, 2));
  return due;
}

async function startTheBot(admin: boolean): Promise<void> {
  bot = await startBot({
    DATABASE_PATH: join(dir, 'forumbot.db'),
    TEAMS_ANONYMOUS: 'true',
    PORT_TEAMS: String(teamsPort),
    FEED_PORT: String(feedPort),
    CYCLE_FILE: join(dir, 'arshjul.json'),
    EXPORT_DIR: join(dir, 'exports'),
    ...(admin ? { ADMIN_EMAILS: alex } : {}),
  });
}

async function stopTheBot(): Promise<void> {
  if (!bot) return;
  const code = await bot.stop();
  logs.push(...bot.logs);
  bot = undefined;
  expect(code).toBe(0);
}

// What is drawn, line by line, as a person reads it (textContent would also give hidden text).
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
const pageText = () => page.locator('body').innerText();

/** Nothing the Playground could not draw, and no error in the page. */
async function expectCleanRendering(): Promise<void> {
  expect(renderProblems(await pageText())).toEqual([]);
  expect(pageErrors).toEqual([]);
}

/** Saves the page (or one element) as test/e2e/screenshots/<name>.png. */
async function shot(name: string, element?: Locator): Promise<void> {
  const path = join(screenshots, `${name}.png`);
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path });
}

async function openChat(name: 'Personal Chat' | 'Group Chat'): Promise<void> {
  await page.getByRole('treeitem', { name }).click();
}

/** Types into the open chat's compose box and sends, @mentioning the bot if asked. */
async function say(text: string, options: { mention?: boolean } = {}): Promise<void> {
  const box = page
    .locator('xpath=//span[text()="Type a message..."]/preceding-sibling::div[@role="textbox"]')
    .last();
  await box.click();
  if (options.mention) {
    // As a person does it: "@", a few letters, and the bot picked from the suggestions.
    await page.keyboard.type('@Test');
    await page.getByRole('menuitem', { name: /Test Bot/ }).click();
    await page.keyboard.type(' ');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The last card on screen whose text matches. */
async function card(text: RegExp, timeout = 30_000): Promise<Locator> {
  const found = page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  await found.waitFor({ state: 'visible', timeout });
  return found;
}

/** Fills a card's input and checks the client took it (its React state, not just the DOM). */
async function fill(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  expect(await input.inputValue()).toBe(value);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forumbot-e2e-playground-'));
  mkdirSync(screenshots, { recursive: true });
  writeCycle(join(dir, 'arshjul.json'));
  [teamsPort, feedPort] = [await freePort(), await freePort()];
  await startTheBot(false);

  playground = startPlayground({
    endpoint: `http://127.0.0.1:${teamsPort}/api/messages`,
    port: await freePort(),
    logFile: join(dir, 'playground.log'),
    conversationId: personalChatId,
    cwd: dir,
  });
  url = await playground.url;

  browser = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps calling Google's services, which a closed network
      // answers with nothing but timeouts.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 1000 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !harmlessConsole(message.text())) {
      pageErrors.push(`console: ${message.text()}`);
    }
  });
  await page.goto(url);
  // Connected to the bot, and the bot has said hello in the personal chat.
  await page.getByText('Connected.', { exact: true }).waitFor({ timeout: 60_000 });
  await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  if (bot) logs.push(...bot.logs);
  await bot?.stop();
  playground?.child.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the Teams door in Microsoft 365 Agents Playground', () => {
  it('answers help with its card', async () => {
    await openChat('Personal Chat');
    await say('help');
    const help = await card(en('help.title'));
    expect(await help.textContent()).toContain(shown('en', 'button.signup'));
    await shot('01-help');
    await expectCleanRendering();
  });

  it('signs up for the demo forum through the card', async () => {
    const help = await card(en('help.title'));
    await help.getByRole('button', { name: shown('en', 'button.signup') }).click();
    // Action.Execute: the form replaces the card that was clicked.
    const form = await card(en('signup.intro'));
    await fill(form.getByLabel(shown('en', 'signup.field.organisation')), 'Region Örebro län');
    await fill(form.getByLabel(shown('en', 'signup.field.roleTitle')), 'Utvecklingsledare');
    await form.getByLabel(shown('en', 'signup.field.overnight')).check();
    await fill(form.getByLabel(shown('en', 'signup.field.diet')), 'Vegetarisk');
    await fill(form.getByLabel(shown('en', 'signup.field.invoiceReference')), 'RUS-4711');
    await shot('02-sign-up-form', form);
    await form.getByRole('button', { name: shown('en', 'button.submit') }).click();

    const done = await card(en('signup.done'));
    const text = await done.textContent();
    expect(text).toContain('Region Örebro län');
    expect(text).toContain('Vegetarisk');
    expect(text).toContain('RUS-4711');
    await shot('03-signed-up');
    await expectCleanRendering();
  });

  it('changes the registration in the same form, filled in', async () => {
    const done = await card(en('signup.done'));
    await done.getByRole('button', { name: shown('en', 'button.change') }).click();
    const form = await card(en('signup.intro'));
    expect(await form.getByLabel(shown('en', 'signup.field.organisation')).inputValue()).toBe(
      'Region Örebro län',
    );
    expect(await form.getByLabel(shown('en', 'signup.field.overnight')).isChecked()).toBe(true);
    await fill(form.getByLabel(shown('en', 'signup.field.roleTitle')), 'Analytiker');
    await form.getByRole('button', { name: shown('en', 'button.save') }).click();

    const changed = await card(en('signup.changed'));
    const text = await changed.textContent();
    expect(text).toContain('Analytiker');
    expect(text).not.toContain('Utvecklingsledare');
    await shot('04-changed');
    await expectCleanRendering();
  });

  it('refuses a participant a coordinator-only command', async () => {
    await say('figures');
    await card(en('error.notAllowed'));
    await shot('05-refusal');
    await expectCleanRendering();
  });

  it('takes an input to an open consultation round', async () => {
    // Alex becomes an admin, as ADMIN_EMAILS makes the first one; the data stays.
    await stopTheBot();
    await startTheBot(true);

    await openChat('Group Chat');
    await say('runda dialog', { mention: true });
    const form = await card(en('rounds.form.intro'));
    const title = 'Kompetensförsörjning i länet';
    const question = 'Vad behöver länet mest de kommande fem åren?';
    await fill(form.getByLabel(shown('en', 'rounds.form.field.title')), title);
    await fill(form.getByLabel(shown('en', 'rounds.form.field.prompts')), question);
    await form.getByRole('button', { name: shown('en', 'rounds.form.submit') }).click();

    // The round's message, posted in the group chat when it opens, with its button.
    const round = await card(new RegExp(`${title}[\\s\\S]*${question}`));
    await round.getByRole('button', { name: shown('en', 'rounds.button.give') }).click();
    const input = await card(en('rounds.input.hint'));
    await fill(input.getByLabel(question), 'Fler yrkesutbildningar nära arbetsgivarna.');
    await input.getByRole('button', { name: shown('en', 'rounds.input.submit') }).click();

    // The saved input is the person's own business: it goes to their personal chat.
    await openChat('Personal Chat');
    await card(textPattern('en', 'rounds.input.saved', { title }));
    await shot('06-round-input');
    await expectCleanRendering();
  });

  it('receives the annual cycle’s nudge, sent by the scheduler', async () => {
    await openChat('Personal Chat');
    // Due at most two minutes after the start; the tick runs every minute.
    const nudge = await card(new RegExp(nudgeTitle), 200_000);
    await nudge.scrollIntoViewIfNeeded();
    await shot('07-nudge');
    await expectCleanRendering();
  });

  it('logged no failure in the bot, and would have seen a card the Playground cannot draw', async () => {
    await stopTheBot();
    expect(troubleIn(logs)).toEqual([]);

    // The check above can fail: a card the Playground cannot draw, sent to the same chat
    // through its mock connector, is seen by it.
    const res = await fetch(`${url}/_connector/v3/conversations/${personalChatId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.unknown', content: {} }],
      }),
    });
    expect(res.status).toBe(201);
    await page
      .getByText(/is not supported yet/)
      .first()
      .waitFor();
    expect(renderProblems(await pageText()).length).toBeGreaterThan(0);
  });
});
