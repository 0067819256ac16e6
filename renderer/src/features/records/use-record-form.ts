import { useEffect, useRef, useState } from 'react';
import type { RxCollection } from 'rxdb';
import type { z } from 'zod';
import { validate, type DocMeta, type FieldErrors } from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { saveRecord } from '../../db/records';
import { revealFirstError } from './form-fields';
import { useDiscardGuard } from './use-discard-guard';
import { useFormSubmit } from './use-form-submit';

interface RecordFormOptions<I, D> {
  collection: RxCollection<D>;
  /** Absent for a new record. */
  id?: string;
  empty: () => I;
  toInput: (doc: D) => I;
  inputSchema: z.ZodType<I>;
  docSchema: z.ZodType<D>;
  build: (input: I, meta: DocMeta) => D;
  onSaved: (doc: D) => void;
}

/**
 * Everything an account or contact form shares: loading the record, field errors,
 * widgets that report unreadable input (phones, emails, money), the one validated
 * write path, and the unsaved-changes guard.
 */
export function useRecordForm<I, D extends { id: string; teamId: string; createdAt: string }>(opts: RecordFormOptions<I, D>) {
  const [form, setForm] = useState<I>(opts.empty);
  const [loaded, setLoaded] = useState(!opts.id);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [invalidWidgets, setInvalidWidgets] = useState<Record<string, boolean>>({});
  const [saving, setSaving] = useState(false);
  const initial = useRef(JSON.stringify(form));
  const { leave, discardModal } = useDiscardGuard(JSON.stringify(form) !== initial.current);
  const { collection, id } = opts;
  const toInput = useRef(opts.toInput).current;

  useEffect(() => {
    if (!id) return;
    void collection.findOne(id).exec().then((doc) => {
      if (doc) {
        const input = toInput(doc.toJSON() as D);
        initial.current = JSON.stringify(input);
        setForm(input);
      }
      setLoaded(true);
    });
  }, [collection, id, toInput]);

  const set = <K extends keyof I>(key: K, value: I[K]) => setForm((f) => ({ ...f, [key]: value }));
  /** For a widget's onValidityChange: while any is false, saving is refused. */
  const reportValidity = (widget: string) => (ok: boolean) => setInvalidWidgets((s) => ({ ...s, [widget]: !ok }));

  const save = async () => {
    if (Object.values(invalidWidgets).some(Boolean)) {
      // Show every other problem too, not one at a time.
      const rest = validate(opts.inputSchema, form);
      setErrors({ ...(rest.ok ? {} : rest.errors), _: 'validation:fixHighlighted' });
      revealFirstError();
      return;
    }
    setSaving(true);
    const result = await saveRecord({
      collection, inputSchema: opts.inputSchema, docSchema: opts.docSchema, build: opts.build, input: form, id, actor: currentActor(),
    });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      revealFirstError();
      return;
    }
    initial.current = JSON.stringify(form);
    opts.onSaved(result.doc);
  };

  const { formProps, submitButtonProps } = useFormSubmit(save);
  return { form, set, loaded, errors, saving, reportValidity, formProps, submitButtonProps, leave, discardModal };
}
