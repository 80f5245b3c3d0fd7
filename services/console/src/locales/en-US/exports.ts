export default {
  'export.excel': 'Download Excel',
  'export.csv': 'Download CSV',
  'export.failed': 'Download failed: {message}',
};
