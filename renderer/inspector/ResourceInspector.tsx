/** Inspector for one resource: name, placement, its problems, then settings and usage fields. */
import { CATALOG } from '../../shared/catalog/index';
import type { Resource } from '../../shared/model/types';
import { iconUrl } from '../canvas/icons';
import { findingToJson } from '../../shared/rules/index';
import { useFindings } from '../engine/index';
import { useLocale, useT } from '../i18n';
import { useEditor } from '../store/index';
import { FieldEditor } from './FieldEditor';
import { CommitText, Row } from './inputs';
import { useResourceEdit } from './useEdit';

export function ResourceInspector({ resource }: { resource: Resource }) {
  const t = useT();
  const locale = useLocale();
  const design = useEditor((s) => s.design);
  const { setProp, setName } = useResourceEdit(resource.id);
  const fields = CATALOG[resource.type].fields;
  const parent = resource.parent ? design.resources.find((r) => r.id === resource.parent) : undefined;
  const problems = useFindings().filter((f) => f.resources.includes(resource.id));
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <img src={iconUrl(resource.type)} alt="" width={32} height={32} />
        <div>
          <div className="inspector-type">{t(`type.${resource.type}`)}</div>
          <div className="muted">
            {t('ui.inspector.id')}: <code>{resource.id}</code>
          </div>
        </div>
      </header>
      <p className="muted small">{t(`typeHelp.${resource.type}`)}</p>
      <Row label={t('ui.inspector.name')}>
        <CommitText
          value={resource.name ?? ''}
          placeholder={resource.id}
          label={t('ui.inspector.name')}
          testId="field-name"
          onCommit={setName}
        />
      </Row>
      <Row label={t('ui.inspector.parent')}>
        <span>
          {parent ? `${t(`type.${parent.type}`)}: ${parent.name ?? parent.id}` : t('ui.inspector.topLevel')}
        </span>
      </Row>
      {problems.length > 0 && (
        <section className="inspector-problems" data-testid="inspector-problems">
          <h3>{t('ui.inspector.problems')}</h3>
          <ul>
            {problems.map((finding, index) => {
              const text = findingToJson(finding, locale);
              return (
                <li key={`${finding.rule}-${index}`} className={`finding finding-${finding.severity}`}>
                  {text.message}
                  {text.fix && <div className="muted small">{text.fix}</div>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {(['settings', 'usage'] as const).map((group) => {
        const groupFields = fields.filter((f) => f.group === group);
        if (groupFields.length === 0) return null;
        return (
          <section key={group}>
            <h3>{t(group === 'settings' ? 'ui.inspector.settings' : 'ui.inspector.usage')}</h3>
            {groupFields.map((field) => (
              <FieldEditor
                key={field.key}
                field={field}
                resource={resource}
                design={design}
                setProp={setProp}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
