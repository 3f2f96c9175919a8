// The list of one load's responses (for --verbose): what arrived when, and whether it counted before first view.
import type { PageLoad } from './measure-page';
import { byteCategory } from './resource-bytes';
import { formatKb, formatMs, formatTable } from './format-table';

export function formatResources(load: PageLoad): string {
  const rows = [...load.resources]
    .sort((a, b) => a.responseEnd - b.responseEnd)
    .map((resource) => [
      new URL(resource.url).pathname + new URL(resource.url).search,
      byteCategory(resource.url),
      formatKb(resource.transferSize),
      formatMs(resource.responseEnd),
      resource.responseEnd <= load.firstViewMs ? 'yes' : '',
      resource.responseEnd <= load.mapReadyMs ? 'yes' : '',
    ]);
  return [
    formatTable([['url', 'category', 'KB', 'responseEnd ms', 'before first view', 'before map-ready'], ...rows], 2),
    `first view ${formatMs(load.firstViewMs)} ms (${load.firstViewSource}), map-ready ${formatMs(load.mapReadyMs)} ms`,
  ].join('\n');
}
