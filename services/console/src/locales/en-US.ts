import type zhCN from './zh-CN';
import bulletin from './en-US/bulletin';
import dashboard from './en-US/dashboard';
import enums from './en-US/enums';
import exportsText from './en-US/exports';
import field from './en-US/field';
import issue from './en-US/issue';
import menu from './en-US/menu';
import office from './en-US/office';
import portal from './en-US/portal';
import serverErrors from './en-US/server-errors';

/** Every key of zh-CN must have its English text: a missing one is a compile error. */
const enUS: Record<keyof typeof zhCN, string> = { ...menu, ...enums, ...dashboard, ...portal, ...issue, ...field, ...office, ...bulletin, ...exportsText, ...serverErrors };
export default enUS;
