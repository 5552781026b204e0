import { ENTITY_LABELS } from '../generated/vocabulary.ts';
import { h } from '../ui/dom.ts';
import type { ReviewKey } from './review-strings.ts';
import type { DraftEntity, EntityDecision } from './review-types.ts';

/**
 * The edit form of one entity: name, label, and its link (a graph id, with the linker's alternatives offered,
 * or empty for a new node). `save` gets the edit (the screen accepts it); `cancel` closes the form.
 */
export function entityEditForm(
  t: (key: ReviewKey) => string,
  entity: DraftEntity,
  d: EntityDecision | undefined,
  save: (edit: Omit<EntityDecision, 'verdict'>) => void,
  cancel: () => void,
): HTMLElement {
  const name = h('input', {
    test: 'edit-name',
    type: 'text',
    value: d?.name ?? entity.name,
    'aria-label': t('name'),
  });
  const label = h(
    'select',
    { test: 'edit-label', 'aria-label': t('label') },
    ...ENTITY_LABELS.map((l) => h('option', { value: l }, l)),
  );
  label.value = d?.label ?? entity.label;
  const link = h('input', {
    test: 'edit-link',
    type: 'text',
    list: `alternatives-${entity.ref}`,
    value: (d?.existingId !== undefined ? d.existingId : entity.existingId) ?? '',
    placeholder: t('link'),
  });
  const options = h(
    'datalist',
    { id: `alternatives-${entity.ref}` },
    ...(entity.alternatives ?? []).map((a) => h('option', { value: a.id }, a.name)),
  );
  // Only what differs from the proposal is an edit, so saving an untouched form is a plain accept (and
  // setting a field back to the proposal's value undoes that edit).
  const differs = <T>(value: T, proposed: T) => (value === proposed ? undefined : value);
  const submit = () =>
    save({
      name: differs(name.value.trim() || entity.name, entity.name),
      label: differs(label.value, entity.label),
      existingId: differs(link.value.trim() || null, entity.existingId),
    });
  const form = h(
    'form',
    {
      test: 'review-edit',
      class: 'review-edit',
      onsubmit: (e: Event) => (e.preventDefault(), submit()),
      // Enter clicks the submit button; the row's click would re-render and drop the form first.
      onclick: (e: Event) => e.stopPropagation(),
    },
    h('label', {}, t('name'), ' ', name),
    h('label', {}, t('label'), ' ', label),
    h('label', {}, t('link'), ' ', link, options),
    h('button', { test: 'edit-save', type: 'submit' }, t('save')),
    h('button', { type: 'button', onclick: cancel }, t('cancel')),
  );
  queueMicrotask(() => name.focus());
  return form;
}
