import { useQuery } from '@apollo/client';
import dayjs from 'dayjs';
import { graphql } from '../gql';

/** The months the assessment has figures for, newest first. */
export const AssessmentPeriodsQuery = graphql(`
  query AssessmentPeriods {
    city {
      assessmentPeriods {
        period
        published
        publishedAt
        rulesVersion
      }
    }
  }
`);

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The month a page shows: the one asked for (`?period=`), else the latest month that has figures
 * (the seeded history ends years ago; an empty last month helps nobody), else last month.
 * `period` is null until the months are known.
 */
export function usePeriod(asked: string | null): { period: string | null; periods: string[]; loading: boolean } {
  const valid = asked && PERIOD.test(asked) ? asked : null;
  const { data, loading } = useQuery(AssessmentPeriodsQuery, { fetchPolicy: 'cache-first' });
  const periods = data?.city?.assessmentPeriods.map((p) => p.period) ?? [];
  if (valid) return { period: valid, periods, loading };
  if (loading && !data) return { period: null, periods, loading };
  return { period: periods[0] ?? dayjs().subtract(1, 'month').format('YYYY-MM'), periods, loading };
}
