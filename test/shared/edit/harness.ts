/**
 * TestEditor: runs shared/edit operations the way the app's store does (immer patches, one
 * history entry per operation) without React, and checks the editor's contract on every call:
 * a refused operation must leave the document untouched.
 */
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import { translateMessage } from '../../../shared/edit/index';
import type { EditResult, Message, Operation, OperationLabel } from '../../../shared/edit/index';
import { translator } from '../../../shared/i18n/index';
import type { Locale } from '../../../shared/i18n/index';
import type { Design, LayoutBox, Resource, ResourceType } from '../../../shared/model/types';

enablePatches();

interface Entry {
  label: OperationLabel;
  patches: Patch[];
  inverse: Patch[];
}

export class TestEditor {
  design: Design;
  private past: Entry[] = [];
  private future: Entry[] = [];

  constructor(design: Design) {
    this.design = design;
  }

  /** Runs an operation as one undo entry; returns its result. */
  do<A, R>(op: Operation<A, R>, args: A): EditResult<R> {
    const label = op.label(args, this.design);
    let result: EditResult<R> | undefined;
    const [next, patches, inverse] = produceWithPatches(this.design, (draft: Design) => {
      result = op.run(draft, args);
    });
    const outcome = result as EditResult<R>;
    if (!outcome.ok && patches.length > 0) {
      throw new Error(`${op.name} refused (${outcome.refusal.key}) but changed the document`);
    }
    if (patches.length > 0) {
      this.design = next;
      this.past.push({ label, patches, inverse });
      this.future = [];
    }
    return outcome;
  }

  /** Runs an operation that must succeed; returns its value. */
  ok<A, R>(op: Operation<A, R>, args: A): R {
    const result = this.do(op, args);
    if (!result.ok) throw new Error(`${op.name} refused: ${this.text(result.refusal)}`);
    return result.value;
  }

  /** Runs an operation that must be refused; returns the refusal in English (or `locale`). */
  refused<A, R>(op: Operation<A, R>, args: A, locale: Locale = 'en'): { key: string; text: string } {
    const before = this.design;
    const result = this.do(op, args);
    if (result.ok) throw new Error(`${op.name} was expected to refuse`);
    if (this.design !== before) throw new Error(`${op.name} refused but the design changed`);
    return { key: result.refusal.key, text: this.text(result.refusal, locale) };
  }

  undo(): void {
    const entry = this.past.pop();
    if (!entry) throw new Error('nothing to undo');
    this.design = applyPatches(this.design, entry.inverse);
    this.future.push(entry);
  }

  redo(): void {
    const entry = this.future.pop();
    if (!entry) throw new Error('nothing to redo');
    this.design = applyPatches(this.design, entry.patches);
    this.past.push(entry);
  }

  get historySize(): number {
    return this.past.length;
  }

  /** The label undo would show, translated. */
  undoLabel(locale: Locale = 'en'): string | undefined {
    const entry = this.past[this.past.length - 1];
    return entry ? this.text(entry.label, locale) : undefined;
  }

  text(message: Message, locale: Locale = 'en'): string {
    return translateMessage(translator(locale), message);
  }

  resource(id: string): Resource {
    const found = this.design.resources.find((r) => r.id === id);
    if (!found) throw new Error(`no resource ${id}`);
    return found;
  }

  /** Props of a resource, typed loosely for expectations. */
  props(id: string): Record<string, unknown> {
    return this.resource(id).props as Record<string, unknown>;
  }

  box(key: string): LayoutBox | undefined {
    return this.design.layout?.[key];
  }

  ofType(type: ResourceType): Resource[] {
    return this.design.resources.filter((r) => r.type === type);
  }
}
