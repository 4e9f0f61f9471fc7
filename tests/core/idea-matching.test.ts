// The pure side of the idea actions: matching ideas to a team's own map, reading what the sidebar sent, the
// use-case row an idea becomes, and the use-case IDs.
import { IDEAS } from '../../src/core/ideas';
import { ideasPayload, ownLabel, readIdeaRequest, touchpointCell } from '../../src/core/ideas/matching';
import { ideaUseCase, touchpointOf } from '../../src/core/ideas/use-case';
import { locateJourneyMap } from '../../src/core/journey';
import { freeName, nextUseCaseId } from '../../src/core/scenario';
import { CHANNEL_LABELS, STAGE_LABELS } from '../../src/core/vocabulary';

describe('ownLabel', () => {
  const own = ['Site web', 'E-MAIL', 'Email ', 'Magasin'];

  it('prefers the map’s own spelling, whatever the case, spacing or apostrophe', () => {
    expect(ownLabel('email', own, CHANNEL_LABELS)).toBe('Email ');
    expect(ownLabel('j’achète', ["J'achète"], STAGE_LABELS)).toBe("J'achète");
  });

  it('finds the same template channel or stage in another language', () => {
    expect(ownLabel('Store', own, CHANNEL_LABELS)).toBe('Magasin');
    expect(ownLabel('Website', own, CHANNEL_LABELS)).toBe('Site web');
    expect(ownLabel('I buy', ["J'ACHÈTE"], STAGE_LABELS)).toBe("J'ACHÈTE");
  });

  it('is null when the map has no such row, and for a label the template does not know', () => {
    expect(ownLabel('Phone', own, CHANNEL_LABELS)).toBeNull();
    expect(ownLabel('Fax', own, CHANNEL_LABELS)).toBeNull();
    expect(ownLabel('E-mail', ['Email'], CHANNEL_LABELS)).toBeNull();
  });
});

describe('ideasPayload', () => {
  it('gives every idea in the language asked, matched to the labels given, and copies the labels', () => {
    const channels = ['Website', 'Magasin'];
    const stages = ['i buy'];
    const payload = ideasPayload('en', channels, stages);
    expect(payload.channels).toEqual(channels);
    expect(payload.channels).not.toBe(channels);
    expect(payload.ideas.map((i) => i.id)).toEqual(IDEAS.map((i) => i.id));
    const store = payload.ideas.find((i) => i.id === 'store-stock-mismatch')!;
    expect([store.channel, store.stage, store.mapChannel, store.mapStage]).toEqual([
      'Store',
      'I buy',
      'Magasin',
      'i buy',
    ]);
    const policies = payload.ideas.find((i) => i.id === 'store-policies-differ')!;
    expect([policies.stage, policies.mapStage]).toEqual([null, null]);
    expect(payload.ideas.find((i) => i.id === 'sms-order-tracking')!.mapChannel).toBeNull();
  });
});

describe('touchpointCell', () => {
  const matrix = locateJourneyMap(
    [
      ['', '', ''],
      ['Channel', 'I discover the brand', "J'achète"],
      ['Email', '', ''],
      ['Store', '', ''],
    ],
    'en',
  )!;

  it('gives the 0-based cell and the map’s own labels for a channel and a stage in any spelling', () => {
    expect(touchpointCell(matrix, 'magasin', 'I buy')).toEqual({
      found: true,
      row: 3,
      column: 2,
      channel: 'Store',
      stage: "J'achète",
    });
  });

  it('says which of the two the map lacks, the channel first', () => {
    expect(touchpointCell(matrix, 'Fax', 'Nowhere')).toEqual({ found: false, missing: 'channel' });
    expect(touchpointCell(matrix, 'Email', 'I come back')).toEqual({ found: false, missing: 'stage' });
  });
});

describe('readIdeaRequest', () => {
  it('reads the idea and tidied labels, and anything else as nothing', () => {
    const read = readIdeaRequest({ ideaId: ' store-stock-mismatch ', channel: ' Store ', stage: 7 });
    expect(read.idea?.id).toBe('store-stock-mismatch');
    expect([read.channel, read.stage]).toEqual(['Store', '']);
    for (const input of [null, 'store-stock-mismatch', [], { ideaId: ['x'] }, { ideaId: 'constructor' }]) {
      expect(readIdeaRequest(input).idea).toBeNull();
    }
  });
});

describe('ideaUseCase', () => {
  const idea = IDEAS.find((i) => i.id === 'store-stock-mismatch')!;

  it('is the title, the category of its kind, the detail, and the touchpoint with its persona', () => {
    expect(ideaUseCase(idea, 'UC-07', 'fr', { channel: 'Magasin', stage: "J'achète", persona: 'Seniors' })).toEqual({
      id: 'UC-07',
      useCase: idea.title.fr,
      touchpoint: "Magasin × J'achète (Seniors)",
      category: 'Friction à corriger',
      objective: idea.detail.fr,
      businessImpact: '',
      customerImpact: '',
      difficulty: '',
      score: '',
      rank: '',
      quadrant: '',
    });
  });

  it('names a touchpoint only when both a channel and a stage were given', () => {
    expect(touchpointOf(' Store ', 'I buy', null)).toEqual({ channel: 'Store', stage: 'I buy', persona: null });
    expect(touchpointOf('Store', '', null)).toBeNull();
    expect(touchpointOf(undefined, 'I buy', null)).toBeNull();
    expect(touchpointOf(3, 'I buy', null)).toBeNull();
  });
});

describe('nextUseCaseId', () => {
  it('continues after the highest UC-nn, through gaps, hand-sorted rows, any case and other IDs', () => {
    expect(nextUseCaseId([])).toBe('UC-01');
    expect(nextUseCaseId(['UC-01', 'UC-05', 'uc-03', ' UC-2 ', 'SC-99', 'TEAM-40', '', 7, null])).toBe('UC-06');
    expect(nextUseCaseId(['UC-99'])).toBe('UC-100');
  });
});

describe('freeName', () => {
  it('keeps a free name and suffixes a taken one, whatever the case', () => {
    expect(freeName('Welcome', ['Birthday'])).toBe('Welcome');
    expect(freeName('Welcome', ['WELCOME', 'welcome (2)'])).toBe('Welcome (3)');
  });
});
