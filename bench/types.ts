/** One line of the benchmark report: a figure beside the baseline measured in the same run. */
export interface BenchResult {
  name: string;
  value: string;
  baseline: string;
  /** value / baseline; lower is better. */
  ratio: number;
  budget: string;
  pass: boolean;
  /** Further figures worth printing, already formatted. */
  details?: string[];
}
