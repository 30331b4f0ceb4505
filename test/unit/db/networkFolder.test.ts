import { describe, expect, it } from 'vitest';
import { detectNetworkFolder } from '../../../src/db/networkFolder';

const typed = (type: number | null) => () => type;

describe('detectNetworkFolder', () => {
  it('names NFS and SMB/CIFS folders on Linux by their statfs type', () => {
    expect(detectNetworkFolder('/mnt/county', 'linux', typed(0x6969))).toBe('NFS');
    expect(detectNetworkFolder('/mnt/county', 'linux', typed(0xff534d42))).toBe('SMB');
    expect(detectNetworkFolder('/mnt/county', 'linux', typed(0xfe534d42))).toBe('SMB');
    expect(detectNetworkFolder('/mnt/county', 'linux', typed(0x517b))).toBe('SMB');
    // statfs reports the high-bit magic numbers as negative on some builds.
    expect(detectNetworkFolder('/mnt/county', 'linux', typed(0xff534d42 | 0))).toBe('SMB');
  });

  it('takes ext4, tmpfs, btrfs and an unreadable folder as local', () => {
    for (const type of [0xef53, 0x01021994, 0x9123683e]) {
      expect(detectNetworkFolder('/home/ana', 'linux', typed(type))).toBeNull();
    }
    expect(detectNetworkFolder('/home/ana', 'linux', typed(null))).toBeNull();
  });

  it('names UNC paths on Windows, but not drive letters or local long paths', () => {
    expect(detectNetworkFolder('\\\\hhsa-fs01\\linkages', 'win32')).toBe(
      'network share (UNC path)',
    );
    expect(detectNetworkFolder('\\\\?\\UNC\\hhsa-fs01\\linkages', 'win32')).toBe(
      'network share (UNC path)',
    );
    expect(detectNetworkFolder('C:\\Users\\ana\\AppData\\Local', 'win32')).toBeNull();
    expect(detectNetworkFolder('Z:\\Linkages', 'win32')).toBeNull(); // mapped: the setting's job
    expect(detectNetworkFolder('\\\\?\\C:\\Users\\ana', 'win32')).toBeNull();
  });

  it('reads the real file system of a local folder as local', () => {
    expect(detectNetworkFolder(process.cwd())).toBeNull();
  });
});
