// Every native menu item runs a command that exists in the registry (no dead menu items).
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../renderer/app/commands';
import { MENU_COMMAND_IDS, commandForMenu } from '../../../renderer/export/menuCommands';
import { exportCommands } from '../../../renderer/export/commands';

describe('menu commands', () => {
  it('map to registered commands', () => {
    const ids = new Set(COMMANDS.map((command) => command.id));
    for (const [menu, id] of Object.entries(MENU_COMMAND_IDS)) expect(ids, `${menu} -> ${id}`).toContain(id);
    expect(commandForMenu('export-pdf')?.id).toBe('export.pdf');
    expect(commandForMenu('close-requested')).toBeUndefined();
  });

  it('registers every export command in the Export group', () => {
    expect(exportCommands.every((command) => command.group === 'export')).toBe(true);
    for (const command of exportCommands) expect(COMMANDS).toContain(command);
  });
});
