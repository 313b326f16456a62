import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { refuseSignIn } from '../../../../src/core/sync/center-session';
import { signInRefusalPaths, type SignInInput } from '../../../../src/shared/contract/sync/sync-method-schemas';
import { createFakeBridge, type FakeBridge } from '../../../helpers/fake-bridge';
import { renderSeatApp } from '../render-seat-app';
import { operatorZhang, syncStatus } from './sync-fixtures';

/** A seat with a center set and nobody signed in; zhang / right-password is the only good pair. */
function signedOutSeat(): FakeBridge {
  const bridge = createFakeBridge();
  let status = syncStatus({ connection: 'signed_out' });
  bridge.handle('sync.status', () => status);
  bridge.handle('sync.signIn', ({ username, password }) => {
    if (username !== 'zhang' || password !== 'right-password') {
      throw refuseSignIn(signInRefusalPaths.wrongCredentials, 'wrong username or password');
    }
    status = syncStatus({ connection: 'online', account: operatorZhang });
    return status;
  });
  bridge.handle('sync.signOut', () => {
    status = syncStatus({ connection: 'signed_out' });
    return status;
  });
  return bridge;
}

const signInCalls = (bridge: FakeBridge) =>
  bridge.calls.filter((call) => call.method === 'sync.signIn').map((call) => call.input as SignInInput);

async function openedSignIn() {
  const dialog = await screen.findByRole('dialog', { name: '登录' });
  const username = within(dialog).getByRole('textbox', { name: '账号' });
  await waitFor(() => expect(username).toHaveFocus());
  return { dialog, username, password: within(dialog).getByLabelText('密码') };
}

describe('sign-in', () => {
  it('opens by itself when nobody is signed in and signs in by keyboard alone', async () => {
    const bridge = signedOutSeat();
    const { user } = renderSeatApp({ bridge });
    const { dialog } = await openedSignIn();

    await user.keyboard('zhang{Tab}right-password{Enter}');

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(signInCalls(bridge)).toEqual([{ username: 'zhang', password: 'right-password' }]);
    const bar = screen.getByRole('status', { name: '同步状态' });
    await waitFor(() => expect(bar).toHaveTextContent('在线'));
    expect(bar).toHaveTextContent('张晓明');
  });

  it('closes once the password is accepted and shows the first pull’s progress while sync.signIn still runs', async () => {
    const bridge = createFakeBridge();
    bridge.handle('sync.status', () => syncStatus({ connection: 'signed_out' }));
    let finishFirstExchange = () => {};
    bridge.handle('sync.signIn', async () => {
      // What the engine publishes: signed in at once, then the first pull's progress; the call answers at the end.
      bridge.emit('sync.status', syncStatus({ connection: 'online', account: operatorZhang }));
      bridge.emit('sync.status', syncStatus({ connection: 'online', account: operatorZhang, firstPull: { received: 12_400 } }));
      await new Promise<void>((resolve) => (finishFirstExchange = resolve));
      return syncStatus({ connection: 'online', account: operatorZhang, lastSyncAt: Date.now() });
    });
    const { user } = renderSeatApp({ bridge });
    const { dialog } = await openedSignIn();

    await user.keyboard('zhang{Tab}right-password{Enter}');

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const bar = screen.getByRole('status', { name: '同步状态' });
    expect(bar).toHaveTextContent('首次同步：已收到 12400 张工单');
    finishFirstExchange();
    await waitFor(() => expect(bar).toHaveTextContent('上次同步'));
  });

  it('says a wrong password under the password field, selects it for retyping, and then signs in', async () => {
    const bridge = signedOutSeat();
    const { user } = renderSeatApp({ bridge });
    const { dialog, password } = await openedSignIn();

    await user.keyboard('zhang{Tab}wrong{Enter}');

    expect(await within(dialog).findByText('账号或密码不正确')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/账号或密码不正确/);
    // Not a system fault: no notification beside the form.
    expect(screen.queryByText(/调用失败/)).not.toBeInTheDocument();
    await waitFor(() => expect(password).toHaveFocus());
    expect([(password as HTMLInputElement).selectionStart, (password as HTMLInputElement).selectionEnd]).toEqual([0, 5]);

    await user.keyboard('right-password{Enter}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(signInCalls(bridge).at(-1)).toEqual({ username: 'zhang', password: 'right-password' });
  });

  it('says the first sign-in on a seat needs the center when the center is unreachable and nothing is cached', async () => {
    const bridge = signedOutSeat();
    const coreMessage =
      'the center cannot be reached, and this operator has never signed in online on this seat: the first sign-in needs the center';
    bridge.handle('sync.signIn', () => {
      throw refuseSignIn(signInRefusalPaths.centerNeeded, coreMessage);
    });
    const { user } = renderSeatApp({ bridge });
    const { dialog, password } = await openedSignIn();

    await user.keyboard('zhang{Tab}right-password{Enter}');

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('本坐席首次登录必须连接中心');
    expect(alert).toHaveTextContent(coreMessage);
    expect(within(dialog).queryByText('账号或密码不正确')).not.toBeInTheDocument();
    expect(password).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for empty fields without calling the core', async () => {
    const bridge = signedOutSeat();
    const { user } = renderSeatApp({ bridge });
    const { dialog, username } = await openedSignIn();

    await user.keyboard('{Enter}');

    expect(within(dialog).getAllByText('请填写此项')).toHaveLength(2);
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(signInCalls(bridge)).toEqual([]);
  });

  it('switches operator with Ctrl+Shift+L and signs out from the palette, which asks for the next sign-in', async () => {
    const bridge = signedOutSeat();
    const { user } = renderSeatApp({ bridge });
    const first = await openedSignIn();
    await user.keyboard('zhang{Tab}right-password{Enter}');
    await waitFor(() => expect(first.dialog).not.toBeInTheDocument());

    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    const switchDialog = await screen.findByRole('dialog', { name: '切换话务员' });
    expect(switchDialog).toHaveTextContent('当前登录：张晓明');
    await waitFor(() => expect(within(switchDialog).getByRole('textbox', { name: '账号' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(switchDialog).not.toBeInTheDocument());

    await user.keyboard('{Control>}k{/Control}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /退出登录/ }));
    await waitFor(() => expect(bridge.calls.map((call) => call.method)).toContain('sync.signOut'));
    // Signed out again: the seat asks for the next operator by itself.
    await openedSignIn();
  });

  it('without a center says so instead of offering a form that cannot work', async () => {
    const { user } = renderSeatApp();
    await screen.findByText('未配置中心');
    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: '登录' });
    expect(dialog).toHaveTextContent('尚未配置调度中心，无法登录');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
