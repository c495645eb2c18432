/** The app's single repository instance, and the channel telling other tabs about saves. */
import { Repository } from '../storage/repository';

export const repo = new Repository();

export type TabMessage =
  { type: 'saved'; id: string; updatedAt: number; from: string } | { type: 'list-changed'; from: string };

export const TAB_ID = Math.random().toString(36).slice(2);
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('crm-workbook');

type Outgoing = TabMessage extends infer M ? (M extends TabMessage ? Omit<M, 'from'> : never) : never;

export function announce(msg: Outgoing): void {
  channel?.postMessage({ ...msg, from: TAB_ID });
}

export function onTabMessage(handler: (msg: TabMessage) => void): () => void {
  if (!channel) return () => {};
  const listener = (e: MessageEvent<TabMessage>) => {
    if (e.data?.from !== TAB_ID) handler(e.data);
  };
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
