import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/doors/slack/escape-mrkdwn.js';
import { truncate } from '../../../src/doors/slack/truncate.js';

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and > so mentions and links show as text', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <https://evil|x> a&b *fet*')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|x&gt; a&amp;b *fet*',
    );
  });
});

describe('truncate', () => {
  it('leaves short text alone and ends cut text with an ellipsis within the limit', () => {
    expect(truncate('kort', 10)).toBe('kort');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });

  it('never splits an emoji or an escape', () => {
    expect(truncate('abc😀def', 5)).toBe('abc…');
    expect(truncate('ab&amp;cd', 6)).toBe('ab…');
  });
});
