/**
 * The form of « Vos retours »: one group per past meeting, named after the
 * partner, with whether it took place, whether a follow-up is planned, a
 * rating and a comment (both optional). Built in `#feedback-list` from the
 * meetings, every name as text; it reads its values back for the body.
 */
import type { FeedbackWords } from '../i18n/page-words';
import type { FollowUp } from './api-types';
import { el } from './dom';
import { valuesOf, type FeedbackMeeting, type FeedbackValues } from './feedback-meetings';

export interface FeedbackGroup {
  element: HTMLFieldSetElement;
  /** The control of a part (`happened`, `followUp`, `rating`, `comment`), the group's legend otherwise, and where its message goes. */
  place(part: string | null): { control: HTMLElement; target: HTMLElement };
  values(): FeedbackValues;
}

const errorLine = (id: string) => el('p', { class: 'field-error', id, hidden: '' });

function choices(base: string, legend: string, options: [string, string][], chosen: string): HTMLFieldSetElement {
  return el('fieldset', { class: 'choices', id: base, 'aria-describedby': `${base}-error` }, [
    el('legend', { text: legend }),
    el(
      'div',
      { class: 'choice-row' },
      options.map(([value, label]) => {
        const input = el('input', { type: 'radio', name: base, id: `${base}-${value}`, value });
        input.checked = value === chosen;
        return el('span', { class: 'choice' }, [input, el('label', { for: input.id, text: label })]);
      }),
    ),
    errorLine(`${base}-error`),
  ]);
}

function optionalField(id: string, label: string, control: HTMLElement, hint: string): HTMLDivElement {
  control.id = id;
  control.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
  return el('div', { class: 'field' }, [el('label', { for: id, text: label }), control, el('p', { class: 'hint', id: `${id}-hint`, text: hint }), errorLine(`${id}-error`)]);
}

/** @param answeredOn when the stored answer was given, as the page words dates (`null` when there is none). */
export function feedbackGroup(meeting: FeedbackMeeting, index: number, t: FeedbackWords, answeredOn: string | null): FeedbackGroup {
  const base = `feedback-${index + 1}`;
  const v = valuesOf(meeting.partner.id, meeting.answer);
  const happened = choices(`${base}-happened`, t.happened, [['yes', t.yes], ['no', t.no]], v.happened);
  const followUp = choices(`${base}-followUp`, t.followUp, [['yes', t.yes], ['maybe', t.maybe], ['no', t.no]], v.followUp);
  const rating = el('select', {}, [el('option', { value: '', text: t.noRating }), ...[1, 2, 3, 4, 5].map((n) => el('option', { value: String(n), text: t.ratingOption(n) }))]);
  rating.value = v.rating;
  const comment = el('textarea', { rows: '3', maxlength: '2000' });
  comment.value = v.comment;
  const legend = el('legend', { text: meeting.partner.name });
  const groupError = errorLine(`${base}-error`);
  const element = el('fieldset', { class: 'card feedback-meeting', id: base, 'aria-describedby': `${base}-when ${base}-error` }, [
    legend,
    el('p', { class: 'muted when', id: `${base}-when`, text: t.meetingAt(meeting.when) }),
    answeredOn ? el('p', { class: 'hint answered', text: t.answeredAt(answeredOn) }) : null,
    happened,
    followUp,
    el('div', { class: 'row' }, [optionalField(`${base}-rating`, t.rating, rating, t.optional)]),
    optionalField(`${base}-comment`, t.comment, comment, t.optional),
    groupError,
  ]);
  // A meeting that did not take place has no follow-up nor rating to give.
  const sync = () => {
    const no = happened.querySelector<HTMLInputElement>('input[value="no"]')!.checked;
    followUp.disabled = no;
    rating.disabled = no;
  };
  happened.addEventListener('change', sync);
  sync();

  const checked = (set: HTMLFieldSetElement) => set.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  const firstRadio = (set: HTMLFieldSetElement) => set.querySelector<HTMLInputElement>('input')!;
  return {
    element,
    place(part) {
      if (part === 'happened') return { control: firstRadio(happened), target: happened.querySelector('.field-error')! };
      if (part === 'followUp') return { control: firstRadio(followUp), target: followUp.querySelector('.field-error')! };
      if (part === 'rating' || part === 'comment') {
        const control = part === 'rating' ? rating : comment;
        return { control, target: element.querySelector(`#${control.id}-error`)! };
      }
      return { control: element, target: groupError };
    },
    values: () => ({
      with: meeting.partner.id,
      happened: checked(happened) as FeedbackValues['happened'],
      followUp: (followUp.disabled ? '' : checked(followUp)) as '' | FollowUp,
      rating: rating.disabled ? '' : rating.value,
      comment: comment.value,
    }),
  };
}
