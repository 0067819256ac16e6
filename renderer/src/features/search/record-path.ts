export const recordPath = (kind: 'account' | 'contact', id: string) =>
  kind === 'account' ? `/accounts/${id}` : `/contacts/${id}`;
