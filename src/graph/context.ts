import { Database } from '../db/database';

/** What every resolver gets: one per request. */
export interface Context {
  /** The database, observed: every query of this request is counted in `roundTrips`. */
  db: Database;
  roundTrips: { count: number };
}
