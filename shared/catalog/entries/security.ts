import type { CatalogEntry } from '../types';

export const security: readonly CatalogEntry[] = [
  {
    type: 'security-group',
    category: 'security',
    allowedParents: ['vpc'],
    container: false,
    icon: 'resource/Shield.svg',
    idPrefix: 'sg',
    fields: [
      { key: 'inbound', kind: 'sgRules', group: 'settings', required: true, initial: [] },
      // Absent outbound means "allow all", as AWS does for a new group.
      { key: 'outbound', kind: 'sgRules', group: 'settings' },
    ],
  },
  {
    type: 'network-acl',
    category: 'security',
    allowedParents: ['vpc'],
    container: false,
    icon: 'resource/AmazonVPCNetworkAccessControlList.svg',
    idPrefix: 'nacl',
    fields: [
      { key: 'inbound', kind: 'naclRules', group: 'settings', required: true, initial: [] },
      { key: 'outbound', kind: 'naclRules', group: 'settings', required: true, initial: [] },
    ],
  },
];
