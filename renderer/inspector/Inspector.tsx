/**
 * The inspector: edits the selected resource or connection. Fields are generated from the
 * catalog (settings and usage apart); every committed edit is one undo entry.
 *
 * It follows the selection one render late (`useDeferredValue`): a click on the canvas commits
 * and paints the selected outline first, and the inspector mounts its fields in a background
 * render right after, so a click never waits for the form of the resource it selected.
 */
import { memo, useDeferredValue } from 'react';
import { useT } from '../i18n';
import { useEditor } from '../store/index';
import { ConnectionInspector } from './ConnectionInspector';
import { ResourceInspector } from './ResourceInspector';

export function Inspector() {
  return <InspectorFor selection={useDeferredValue(useEditor((s) => s.selection))} />;
}

/**
 * Memoised on the deferred selection: the click's own render passes the previous selection
 * again, so the form shown until then is not rendered again (its reference fields list
 * candidates from the whole design) while the click waits to paint.
 */
const InspectorFor = memo(function InspectorFor({ selection }: { selection: readonly string[] }) {
  const t = useT();
  const design = useEditor((s) => s.design);
  const id = selection.length === 1 ? (selection[0] as string) : null;
  const resource = id ? design.resources.find((r) => r.id === id) : undefined;
  const connection = id && !resource ? design.connections.find((c) => c.id === id) : undefined;
  return (
    <div className="inspector" data-testid="inspector">
      {selection.length === 0 && <p className="muted inspector-empty">{t('ui.inspector.nothing')}</p>}
      {selection.length > 1 && (
        <p className="muted">{t('ui.inspector.multi', { count: selection.length })}</p>
      )}
      {resource && <ResourceInspector key={resource.id} resource={resource} />}
      {connection && <ConnectionInspector key={connection.id} connection={connection} />}
    </div>
  );
});
