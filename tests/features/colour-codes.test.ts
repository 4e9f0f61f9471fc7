import { normaliseColours } from '../../src/features/normalise-colours';
import { validateColourCodes } from '../../src/features/validate-colour-codes';
import { Env, makeEnv, withGlobals } from '../support/env';
import { buildJourneyMap } from '../support/journey-builder';
import { readsAfterFirstWrite } from '../support/call-order';
import { fill, snapshotBook, typeInto } from '../support/sheet-helpers';

function validate(env: Env) {
  return withGlobals(env, () => validateColourCodes());
}

/** A 3-stage × 2-channel map at A5 with the legend at B2:D2, every touchpoint empty unless set. */
function smallMap(
  env: Env,
  anchor = { row: 5, column: 1 },
  legend: { row: number; column: number } | null = { row: 2, column: 2 },
) {
  return buildJourneyMap(env.book, { stages: 3, channels: 2, anchor, legend, touchpoint: () => null });
}

describe('validateColourCodes', () => {
  it('counts touchpoints by status, per stage and per channel, and reports nothing when all is right', () => {
    const env = makeEnv();
    const sheet = smallMap(env);
    typeInto(sheet, 6, 2, [
      ['Site visit', 'Cart', ''],
      ['', 'Call', 'Survey'],
    ]);
    fill(sheet, 'B6', '#ffe599');
    fill(sheet, 'C6', '#f6b26b');
    fill(sheet, 'C7', '#ff9900'); // another orange of the palette
    fill(sheet, 'D7', '#6aa84f'); // a darker green of the palette
    const result = validate(env);
    expect(result.checked).toBe(6);
    expect(result.counts).toEqual({ normal: 1, friction: 2, opportunity: 1 });
    expect(result.byStage).toEqual([
      { stage: 'Stage 1', normal: 1, friction: 0, opportunity: 0 },
      { stage: 'Stage 2', normal: 0, friction: 2, opportunity: 0 },
      { stage: 'Stage 3', normal: 0, friction: 0, opportunity: 1 },
    ]);
    expect(result.byChannel).toEqual([
      { channel: 'Channel 1', normal: 1, friction: 1, opportunity: 0 },
      { channel: 'Channel 2', normal: 0, friction: 1, opportunity: 1 },
    ]);
    expect(result.problems).toEqual([]);
    expect(env.ui.view.alerts[0].title).toBe('Colour codes');
    expect(env.ui.view.alerts[0].prompt).toMatch(
      /^Checked 6 cells \(3 stages × 2 channels\): 1 normal, 2 frictions, 1 opportunity\./,
    );
    expect(env.ui.view.alerts[0].prompt).toMatch(/No problem found/);
  });

  it('reports each kind of problem with its cell, channel, stage and colour', () => {
    const env = makeEnv();
    const sheet = smallMap(env);
    typeInto(sheet, 6, 2, [['Uncoloured', 'Red one', '']]);
    fill(sheet, 'C6', '#ff0000');
    fill(sheet, 'D6', '#93c47d');
    fill(sheet, 'B7', '#0000ff');
    const result = validate(env);
    expect(result.problems.map(({ message: _m, ...p }) => p)).toEqual([
      { cell: 'B6', channel: 'Channel 1', stage: 'Stage 1', problem: 'touchpoint-without-colour', colour: null },
      { cell: 'C6', channel: 'Channel 1', stage: 'Stage 2', problem: 'unknown-colour', colour: '#ff0000' },
      { cell: 'D6', channel: 'Channel 1', stage: 'Stage 3', problem: 'colour-without-touchpoint', colour: '#93c47d' },
      { cell: 'B7', channel: 'Channel 2', stage: 'Stage 1', problem: 'colour-without-touchpoint', colour: '#0000ff' },
    ]);
    const report = env.ui.view.alerts[0].prompt;
    expect(report).toContain('4 problems to fix:');
    expect(report).toContain('• C6 (Channel 1 × Stage 2): unknown colour #ff0000: use one of the legend’s colours');
    expect(report).toContain('• B6 (Channel 1 × Stage 1): touchpoint without a colour code');
  });

  it('speaks French on a French sheet', () => {
    const env = makeEnv({ locale: 'fr_FR' });
    const sheet = buildJourneyMap(env.book, { stages: 2, channels: 1, language: 'fr', touchpoint: () => null });
    typeInto(sheet, 6, 2, [['Sans couleur', '']]);
    const result = validate(env);
    expect(result.problems[0].message).toBe(
      'point de contact sans code couleur : colorez-le avec une couleur de la légende',
    );
    expect(env.ui.view.alerts[0].title).toBe('Codes couleur');
    expect(env.ui.view.alerts[0].prompt).toMatch(/^2 cellules vérifiées \(2 étapes × 1 canal\)/);
  });

  it('still validates with rows and columns inserted before the map and the legend moved below it', () => {
    const env = makeEnv();
    const sheet = buildJourneyMap(env.book, {
      stages: 3,
      channels: 2,
      anchor: { row: 12, column: 4 },
      legend: { row: 17, column: 6 },
      touchpoint: () => null,
    });
    typeInto(sheet, 1, 1, [['Workshop of 12 May — notes typed by the team']]);
    typeInto(sheet, 13, 5, [['Paid click & collect']]);
    fill(sheet, 'E13', '#ff0000');
    const result = validate(env);
    expect(result.checked).toBe(6);
    expect(result.problems).toEqual([expect.objectContaining({ cell: 'E13', problem: 'unknown-colour' })]);
  });

  it('follows stages added, removed and reordered by the team', () => {
    const env = makeEnv();
    const sheet = smallMap(env);
    typeInto(sheet, 5, 2, [['I pay', 'I browse', 'I browse again', 'I leave a review']]);
    typeInto(sheet, 6, 5, [['Review request']]);
    fill(sheet, 'E6', '#93c47d');
    const result = validate(env);
    expect(result.byStage.map((s) => s.stage)).toEqual(['I pay', 'I browse', 'I browse again', 'I leave a review']);
    expect(result.counts.opportunity).toBe(1);
  });

  it('uses the legend as the palette: a team that recolours it recolours the rule', () => {
    const env = makeEnv();
    const sheet = smallMap(env);
    fill(sheet, 'C2', '#ff0000');
    typeInto(sheet, 6, 2, [['Was orange, now red is friction']]);
    fill(sheet, 'B6', '#ff0000');
    expect(validate(env).counts.friction).toBe(1);
  });

  it('leaves every cell exactly as it was', () => {
    const env = makeEnv();
    const sheet = buildJourneyMap(env.book, { stages: 8, channels: 8 });
    fill(sheet, 'C7', '#ff0000');
    const before = snapshotBook(env.book);
    validate(env);
    expect(snapshotBook(env.book)).toEqual(before);
  });

  it.each([
    [
      'a missing tab',
      (env: Env) => env,
      /The tab “Journey map” is missing\. Run Omnichannel › Set up the template tabs/,
    ],
    [
      'a missing legend',
      (env: Env) => {
        smallMap(env, undefined, null);
        return env;
      },
      /The legend is missing on “Journey map”: “Normal”, “Friction”, “Opportunity” not found/,
    ],
    [
      'a legend cell without fill',
      (env: Env) => {
        fill(smallMap(env), 'D2', null);
        return env;
      },
      /The legend cell “Opportunity” \(D2\) has no fill colour/,
    ],
    [
      'a missing anchor',
      (env: Env) => {
        typeInto(smallMap(env), 5, 1, [['Touchpoints']]);
        return env;
      },
      /has no cell “Channel”/,
    ],
  ])('explains how to fix %s instead of failing', (_name, arrange, message) => {
    const env = arrange(makeEnv());
    expect(() => validate(env)).toThrow(message);
  });

  it('reads the map in the same number of calls whatever its size (10 × 10 and 60 × 40)', () => {
    const counts = [10, 60].map((stages) => {
      const env = makeEnv();
      buildJourneyMap(env.book, { stages, channels: stages === 10 ? 10 : 40 });
      env.book.log.reset();
      validate(env);
      return env.book.log.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
    // The map, and Sheet1's values: any tab may be a journey map under another name.
    expect(counts[0]['Range.getValues']).toBe(2);
    expect(counts[0]['Range.getBackgrounds']).toBe(1);
  });
});

describe('normaliseColours', () => {
  it('snaps recognised shades to the legend colour and leaves everything else alone', () => {
    const env = makeEnv();
    const sheet = smallMap(env);
    typeInto(sheet, 6, 2, [
      ['Light yellow', 'Dark orange', 'Red'],
      ['', 'Legend green', 'No fill'],
    ]);
    fill(sheet, 'B6', '#fff2cc');
    fill(sheet, 'C6', '#b45f06');
    fill(sheet, 'D6', '#ff0000');
    fill(sheet, 'B7', '#6aa84f'); // a fill without a touchpoint: a problem, not a shade to tidy
    fill(sheet, 'C7', '#93c47d');
    const values = sheet.getRange('A1:F10').getValues();
    const result = withGlobals(env, () => normaliseColours());
    expect(result).toEqual({ checked: 6, normalised: 2, leftAlone: 2 });
    expect(sheet.getRange('B6:D7').getBackgrounds()).toEqual([
      ['#ffe599', '#f6b26b', '#ff0000'],
      ['#6aa84f', '#93c47d', '#ffffff'],
    ]);
    expect(sheet.getRange('A1:F10').getValues()).toEqual(values);
    expect(env.book.view.toasts[0].message).toMatch(
      /^2 shades snapped to the legend colours\. 2 cells with an unknown colour/,
    );
  });

  it('leaves unfilled cells unfilled: no white fill that would hide the grid lines', () => {
    const env = makeEnv();
    const sheet = smallMap(env);
    typeInto(sheet, 6, 2, [['Light yellow', 'No fill']]);
    fill(sheet, 'B6', '#fff2cc');
    withGlobals(env, () => normaliseColours());
    expect(sheet.view.peek(6, 2).format.background).toBe('#ffe599');
    // Unfilled before, unfilled after (an explicit white would read the same '#ffffff' but hide the grid).
    expect(sheet.view.peek(6, 3).format.background).toBeNull();
    expect(sheet.view.peek(7, 2).format.background).toBeNull();
  });

  it('writes only the cells that change, one call per legend colour, whatever the size', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, {
      stages: 30,
      channels: 30,
      touchpoint: (c, s) => ({ text: `t${c}${s}`, fill: '#fff2cc' }),
    });
    env.book.log.reset();
    withGlobals(env, () => normaliseColours());
    expect(env.book.log.count('RangeList.setBackground')).toBe(1);
    expect(env.book.log.count('Range.setBackgrounds')).toBe(0);
    expect(env.book.log.count('Range.setBackground')).toBe(0);
  });
});

describe('normaliseColours call order', () => {
  it('reads everything before its write', () => {
    const env = makeEnv();
    buildJourneyMap(env.book, { stages: 5, channels: 5, touchpoint: () => ({ text: 't', fill: '#fff2cc' }) });
    env.book.log.reset();
    withGlobals(env, () => normaliseColours());
    expect(env.book.log.count('RangeList.setBackground')).toBe(1);
    expect(readsAfterFirstWrite(env.book.log.sequence)).toEqual([]);
  });
});
