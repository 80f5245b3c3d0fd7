export default {
  'export.excel': '下载 Excel',
  'export.csv': '下载 CSV',
  'export.failed': '下载失败：{message}',
};
