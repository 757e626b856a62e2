import { WebSocketSessions } from './websocket-sessions';

const socket = () => ({ close: jest.fn() });

describe('WebSocketSessions', () => {
  it('closes every socket of an ended session with 4401, and only those', () => {
    const sockets = new WebSocketSessions();
    const [tab1, tab2, other] = [socket(), socket(), socket()];
    sockets.add('s1', tab1);
    sockets.add('s1', tab2);
    sockets.add('s2', other);

    expect(sockets.closeSession('s1')).toBe(2);

    expect(tab1.close).toHaveBeenCalledWith(4401, 'Unauthorized: the session ended');
    expect(tab2.close).toHaveBeenCalledWith(4401, 'Unauthorized: the session ended');
    expect(other.close).not.toHaveBeenCalled();
    expect(sockets.sessionIds()).toEqual(['s2']);
    expect(sockets.closeSession('s1')).toBe(0);
  });

  it('forgets a socket that closed, and its session with its last socket', () => {
    const sockets = new WebSocketSessions();
    const [tab1, tab2] = [socket(), socket()];
    sockets.add('s1', tab1);
    sockets.add('s1', tab2);

    sockets.remove(tab1);
    expect(sockets.size).toBe(1);
    sockets.remove(tab2);
    sockets.remove(tab2);

    expect(sockets.size).toBe(0);
    expect(sockets.sessionIds()).toEqual([]);
    expect(sockets.closeSession('s1')).toBe(0);
    expect(tab1.close).not.toHaveBeenCalled();
  });

  it('still closes the other sockets when one cannot be closed', () => {
    const sockets = new WebSocketSessions();
    const broken = {
      close: jest.fn(() => {
        throw new Error('already closed');
      }),
    };
    const fine = socket();
    sockets.add('s1', broken);
    sockets.add('s1', fine);

    expect(sockets.closeSession('s1')).toBe(2);
    expect(fine.close).toHaveBeenCalledWith(4401, expect.any(String));
    expect(sockets.size).toBe(0);
  });
});
