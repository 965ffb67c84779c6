import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// Written for these tests: Chinese yes-or-no questions say both ("有没有", "是不是"); the 没 / 不
// inside is no complaint that something is missing. A real "没有" still counts.
describe('an A-not-A question is no complaint', () => {
  it('asks, not complains', () => {
    expect(ids('请问这款跑鞋有没有42码？', 'zh')).not.toContain('complaint');
    expect(ids('想问下你们有没有上门安装的服务？', 'zh')).not.toContain('complaint');
  });
  it('a missing thing is still a complaint', () => {
    expect(ids('收到的箱子里没有说明书，也没有螺丝。', 'zh')).toContain('complaint');
  });
});
