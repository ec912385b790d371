/** Tabbed panel areas: the bottom dock and the right column, filled from the panel registry. */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/index';
import { useT } from '../i18n';

export interface DockTab {
  id: string;
  titleKey: MessageKey;
  render: () => ReactNode;
}

export function TabArea({ tabs, className, testId }: { tabs: DockTab[]; className: string; testId: string }) {
  const t = useT();
  const [active, setActive] = useState<string | null>(tabs[0]?.id ?? null);
  const [collapsed, setCollapsed] = useState(false);
  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <section className={`${className}${collapsed ? ' collapsed' : ''}`} data-testid={testId}>
      <div className="tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === current?.id}
            data-panel={tab.id}
            onClick={() => {
              setActive(tab.id);
              setCollapsed(false);
            }}
          >
            {t(tab.titleKey)}
          </button>
        ))}
        <span className="tabs-spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label={collapsed ? t('ui.dock.expand') : t('ui.dock.collapse')}
          title={collapsed ? t('ui.dock.expand') : t('ui.dock.collapse')}
          onClick={() => setCollapsed((value) => !value)}
        >
          {collapsed ? '▴' : '▾'}
        </button>
      </div>
      {!collapsed && current && (
        <div className="tab-body" role="tabpanel">
          {current.render()}
        </div>
      )}
    </section>
  );
}
