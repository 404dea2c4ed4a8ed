import { describe, expect, it } from 'vitest';
import { fillSubject, fillTemplate } from '../../../shared/fill-template.js';
import { mailtoWithMessage, mastodonFollowCsv } from '../../../shared/reconnect-links.js';
import type { TemplateFields } from '../../../shared/reconnect.js';

const everything: TemplateFields = {
  firstName: 'Mira',
  fullName: 'Mira Castell',
  company: 'Northwind Studio',
  connectedOn: '2021-04-04',
  myName: 'Sam Example',
};
const nothing: TemplateFields = {
  firstName: null,
  fullName: 'Mira Castell',
  company: null,
  connectedOn: null,
  myName: null,
};

describe('filling a template', () => {
  it('fills every field, the connection date in words', () => {
    expect(fillTemplate('Hi {firstName} ({fullName}) at {company}, since {connectedOn}. — {myName}', everything)).toBe(
      'Hi Mira (Mira Castell) at Northwind Studio, since April 2021. — Sam Example',
    );
  });

  it('leaves out an [optional part] whose field is unknown, and keeps it without brackets when known', () => {
    const text = 'We were connected[ when you were at {company}], and I would like to stay in touch.';
    expect(fillTemplate(text, everything)).toBe(
      'We were connected when you were at Northwind Studio, and I would like to stay in touch.',
    );
    expect(fillTemplate(text, nothing)).toBe('We were connected, and I would like to stay in touch.');
    expect(fillTemplate('A [note] without fields stays as written.', nothing)).toBe(
      'A [note] without fields stays as written.',
    );
  });

  it('never leaves "{company}", "at ," or "()" behind when a bare field is unknown', () => {
    expect(fillTemplate('We met at {company}, remember?', nothing)).toBe('We met, remember?');
    expect(fillTemplate('Hello from {company}.', nothing)).toBe('Hello.');
    expect(fillTemplate('Connected ({connectedOn}) long ago.', nothing)).toBe('Connected long ago.');
    expect(fillTemplate('Best,\n{myName}', nothing)).toBe('Best,\n');
    expect(fillTemplate('Thanks, {myName}!', nothing)).toBe('Thanks!');
  });

  it('takes the first name from the full name, and leaves unknown {words} as written', () => {
    expect(fillTemplate('Hi {firstName}, {nickname}', nothing)).toBe('Hi Mira, {nickname}');
  });

  it('keeps a subject on one line', () => {
    expect(fillSubject('Reconnecting[ with {myName}]\n', nothing)).toBe('Reconnecting');
    expect(fillSubject('Reconnecting[ with {myName}]', everything)).toBe('Reconnecting with Sam Example');
  });
});

describe('links out', () => {
  it('opens mail with an encoded subject and body, never a query from the address', () => {
    expect(mailtoWithMessage('mira@home.example', 'Hi & bye?', 'Line one\nLine two = 100%')).toBe(
      'mailto:mira@home.example?subject=Hi%20%26%20bye%3F&body=Line%20one%0D%0ALine%20two%20%3D%20100%25',
    );
    expect(mailtoWithMessage('mira@home.example?cc=x@evil.example', 'a', 'b')).toBeNull();
    expect(mailtoWithMessage('not an address', 'a', 'b')).toBeNull();
  });

  it('writes a one-line following_accounts.csv with Mastodon’s own header', () => {
    expect(mastodonFollowCsv('@Mira@Social.Example')).toBe(
      'Account address,Show boosts,Notify on new posts,Languages\r\nmira@social.example,true,false,\r\n',
    );
    expect(mastodonFollowCsv('@mira')).toBeNull();
    expect(mastodonFollowCsv('mira@social.example,evil')).toBeNull();
  });
});
