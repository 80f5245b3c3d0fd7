import { Actor, signIn, stackInfo } from '@qinshang/testkit';
import { Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { actorFor, BAQIAO, eventually, HUXIAN, office, raise, seededAccount, SmtpSink, withAdmin } from './helpers';

const INBOX = `query($unread: Boolean) { notifications(first: 50, unreadOnly: $unread) { totalCount unreadCount edges { cursor node { id kind eventType title body ledgerNo link read issue { id } } } } }`;
type Inbox = { notifications: { totalCount: number; unreadCount: number; edges: Array<{ cursor: string; node: { id: string; kind: string; eventType: string; title: string; body: string; ledgerNo: string; link: string; read: boolean; issue: { id: string } | null } }> } };

/** Done-when 1: an assignment reaches that department's inbox and mailbox, and nobody else's. */
describe('notifications: a problem assigned to a department', () => {
  let smtp: SmtpSink;
  let ws: WsClient | null = null;
  beforeAll(async () => {
    smtp = await new SmtpSink().listen();
  });
  afterAll(async () => {
    await ws?.dispose();
    await smtp.close();
  });

  it('puts one notification in its inbox (live too), none in another department\'s, and one e-mail to its address', async () => {
    const suffix = Date.now().toString(36);
    // The identity provider's seeded accounts: departments by their ids, e-mail <username>@qinshang.local.
    const mine = await seededAccount(`${BAQIAO}-D03`);
    const theirs = await seededAccount(`${BAQIAO}-D04`);
    // A second tenant's department with the same shape of data: it must hear nothing of 灞桥区.
    const elsewhere = await seededAccount(`${HUXIAN}-D03`);
    // Signed in as a person would (PKCE through the sign-in page): the access token's sub is the account.
    const signedIn = await signIn(mine.username);
    if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.status}`);
    const dept = Actor.bearing({ role: 'DEPARTMENT' as never, departmentId: mine.departmentId!, sub: mine.accountId }, signedIn.tokens.access_token);

    // The live badge: subscribed before the assignment, through the gateway's websocket.
    const live: Array<{ cursor: string; notification: { ledgerNo: string; kind: string } }> = [];
    ws = createClient({ url: stackInfo().gatewayUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await dept.bearer()}` } });
    const subscribed = new Promise<void>((resolve, reject) => {
      ws!.subscribe<{ notificationReceived: (typeof live)[number] }>(
        { query: 'subscription { notificationReceived { cursor notification { ledgerNo kind } } }' },
        { next: (msg) => msg.data && live.push(msg.data.notificationReceived), error: reject, complete: () => undefined },
      );
      setTimeout(resolve, 700);
    });
    await subscribed;

    const issue = await raise(BAQIAO, `通知测试 ${suffix}`);
    const other = await raise(HUXIAN, `通知测试 ${suffix}`);
    await office(BAQIAO).ok('mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }', {
      input: { issueId: issue.id, departmentId: `${BAQIAO}-D03`, responsiblePerson: '钱七' },
    });
    await office(HUXIAN).ok('mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }', {
      input: { issueId: other.id, departmentId: `${HUXIAN}-D04`, responsiblePerson: '孙八' },
    });

    const inbox = await eventually(async () => {
      const data = await dept.ok<Inbox>(INBOX);
      return data.notifications.edges.some((edge) => edge.node.ledgerNo === issue.ledgerNo) && data;
    }, 'the assignment in the department inbox');
    const about = inbox.notifications.edges.filter((edge) => edge.node.ledgerNo === issue.ledgerNo);
    expect(about).toHaveLength(1);
    expect(about[0].node).toMatchObject({ kind: 'ASSIGNED', eventType: 'issue.assigned', read: false, issue: { id: issue.id } });
    expect(about[0].node.title).toContain('已分派');
    expect(about[0].node.body).toContain('钱七');
    expect(inbox.notifications.unreadCount).toBeGreaterThanOrEqual(1);

    await eventually(() => live.some((event) => event.notification.ledgerNo === issue.ledgerNo), 'the live notification');
    expect(live.filter((event) => event.notification.ledgerNo === issue.ledgerNo)).toHaveLength(1);

    // The e-mail: Chinese, with the ledger number and a link into the console at the gateway's origin.
    const mails = await eventually(() => smtp.to(mine.email!).filter((mail) => mail.text?.includes(issue.ledgerNo)).length > 0 && smtp.to(mine.email!), 'the e-mail');
    await eventually(
      () => withAdmin(async (c) => (await c.query("SELECT 1 FROM notifications.delivery WHERE account_id = $1 AND ledger_no = $2 AND status = 'DELIVERED'", [mine.accountId, issue.ledgerNo])).rowCount === 1),
      'the e-mail delivery to be recorded',
    );
    const mail = mails.filter((m) => m.text?.includes(issue.ledgerNo));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain(`问题 ${issue.ledgerNo} 已分派至你单位`);
    expect(mail[0].text).toContain(`${new URL(stackInfo().gatewayUrl).port}/issues/${issue.id}`);
    expect(mail[0].headers.get('x-qinshang-delivery')).toMatch(/^[0-9a-f-]{36}$/);

    // Nobody else: not the other department, not the other tenant's.
    for (const account of [theirs, elsewhere]) {
      const data = await actorFor(account).ok<Inbox>(INBOX);
      expect(data.notifications.edges.map((edge) => edge.node.ledgerNo)).not.toContain(issue.ledgerNo);
      expect(smtp.to(account.email!).filter((m) => m.text?.includes(issue.ledgerNo))).toHaveLength(0);
    }
    // A token for another role with the same subject opens no inbox.
    const impostor = await office(BAQIAO).send<Inbox>(INBOX);
    expect(impostor.data?.notifications.edges.map((edge) => edge.node.ledgerNo)).not.toContain(issue.ledgerNo);

    // Read: the badge goes down by one.
    const read = await dept.ok<{ markNotificationsRead: { marked: number; unreadCount: number } }>('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { marked unreadCount } }', {
      ids: [about[0].node.id],
    });
    expect(read.markNotificationsRead).toEqual({ marked: 1, unreadCount: inbox.notifications.unreadCount - 1 });
    const unread = await dept.ok<Inbox>(INBOX, { unread: true });
    expect(unread.notifications.edges.map((edge) => edge.node.ledgerNo)).not.toContain(issue.ledgerNo);
    const bad = await dept.send('mutation { markNotificationsRead { marked } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
