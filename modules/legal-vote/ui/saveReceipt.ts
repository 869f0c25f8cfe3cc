import { receiptFileName, receiptJson } from '../client/receiptFile.js';
import type { VoteReceipt } from '../protocol.js';

/** Puts the receipt's JSON on the clipboard; false when the browser refused (no permission, not a secure page). */
export async function copyReceipt(receipt: VoteReceipt): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(receiptJson(receipt));
    return true;
  } catch {
    return false;
  }
}

/** Saves the receipt as a JSON file through the browser's download (a blob URL, released right after). */
export function downloadReceipt(receipt: VoteReceipt): void {
  const url = URL.createObjectURL(new Blob([receiptJson(receipt)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = receiptFileName(receipt);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
