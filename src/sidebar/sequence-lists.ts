/**
 * The scenario form's two numbered lists: the message sequence's steps (day, channel, message; at least one) and
 * the data needs (variable, source; none is fine). Their fields' keys are the ones the server's messages name.
 */
import { Language } from '../core/language';
import { DATA_NEED_LABELS, SIDEBAR_TEXT, STEP_LABELS } from '../core/scenario-text';
import { subField } from './fields';
import { NumberedList } from './numbered-list';

const T = SIDEBAR_TEXT;

/** `root` finds the form's own buttons, where focus goes when the last group is removed. */
export function stepList(language: Language, root: () => HTMLElement): NumberedList {
  const L = language;
  return new NumberedList(
    'steps',
    {
      itemClass: 'step',
      addButtonId: 'add-step',
      legend: T.step[L],
      removeLabel: T.removeStep[L],
      keepOne: true,
      inputs: (i, n, values) => [
        subField(`steps.${i}.day`, T.day[L], STEP_LABELS.day[L](n), values[0] ?? '', {
          type: 'number',
          min: '0',
          max: '365',
          step: '1',
          inputmode: 'numeric',
        }),
        subField(`steps.${i}.channel`, T.stepChannel[L], STEP_LABELS.channel[L](n), values[1] ?? '', {
          list: 'channels-list',
        }),
        subField(`steps.${i}.message`, T.message[L], STEP_LABELS.message[L](n), values[2] ?? ''),
      ],
    },
    () => root().querySelector<HTMLButtonElement>('#add-step'),
  );
}

export function needList(language: Language, root: () => HTMLElement): NumberedList {
  const L = language;
  return new NumberedList(
    'needs',
    {
      itemClass: 'need',
      addButtonId: 'add-need',
      legend: T.dataNeed[L],
      removeLabel: T.removeDataNeed[L],
      keepOne: false,
      inputs: (i, n, values) => [
        subField(`dataNeeds.${i}.variable`, T.variable[L], DATA_NEED_LABELS.variable[L](n), values[0] ?? ''),
        subField(`dataNeeds.${i}.source`, T.source[L], DATA_NEED_LABELS.source[L](n), values[1] ?? ''),
      ],
    },
    () => root().querySelector<HTMLButtonElement>('#add-need'),
  );
}
