import bulletin from './zh-CN/bulletin';
import dashboard from './zh-CN/dashboard';
import enums from './zh-CN/enums';
import exportsText from './zh-CN/exports';
import field from './zh-CN/field';
import issue from './zh-CN/issue';
import menu from './zh-CN/menu';
import office from './zh-CN/office';
import portal from './zh-CN/portal';
import serverErrors from './zh-CN/server-errors';

export default { ...menu, ...enums, ...dashboard, ...portal, ...issue, ...field, ...office, ...bulletin, ...exportsText, ...serverErrors };
