import { Database } from '../../db/database';
import { ActorNetworkRequest, WindowRequest } from './network.request';
import { ActorNetworkRow, networkRepository } from './network.repository';
import { TimeWindow, timeWindows } from './windows';

/**
 * The actor network of every window of `windows` over the filter's dates, or over the counted
 * statements' first and last day where the filter leaves an end open (one query finds them).
 * The windows are checked before any network is computed.
 */
export async function networkWindows(
  db: Database,
  request: ActorNetworkRequest,
  windows: WindowRequest,
  evidence: boolean,
): Promise<(ActorNetworkRow & TimeWindow)[]> {
  let { from, to } = request.filter;
  if (!from || !to) {
    const range = await networkRepository.dateRange(db, request);
    from ??= range.first;
    to ??= range.last;
  }
  if (!from || !to || from > to) return [];
  return networkRepository.actorNetworkWindows(db, request, timeWindows(from, to, windows), evidence);
}
