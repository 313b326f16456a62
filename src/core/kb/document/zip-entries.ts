import { inflateRawSync } from 'node:zlib';
import { DocumentFormatError } from './document-format-error';

/**
 * Just enough of the ZIP format to read one member of a .docx (which is a
 * ZIP of XML parts): the central directory, stored and deflated members.
 * ZIP64 and encryption are refused with a clear reason. Inflation is capped
 * so a "zip bomb" cannot exhaust memory.
 */
const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;
const maxMemberBytes = 64 * 1024 * 1024;

export function readZipMember(archive: Buffer, name: string): Buffer | null {
  const eocd = findEndOfCentralDirectory(archive);
  const entryCount = archive.readUInt16LE(eocd + 10);
  let offset = archive.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff) throw new DocumentFormatError('ZIP64 archives are not supported');
  for (let i = 0; i < entryCount; i += 1) {
    if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== centralDirectoryEntry) {
      throw new DocumentFormatError('the ZIP central directory is damaged');
    }
    const flags = archive.readUInt16LE(offset + 8);
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localOffset = archive.readUInt32LE(offset + 42);
    const entryName = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      if ((flags & 1) !== 0) throw new DocumentFormatError('the document is encrypted');
      return readMember(archive, localOffset, method, compressedSize);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

function findEndOfCentralDirectory(archive: Buffer): number {
  const earliest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= earliest; at -= 1) {
    if (archive.readUInt32LE(at) === endOfCentralDirectory) return at;
  }
  throw new DocumentFormatError('not a ZIP archive (a .docx is one)');
}

function readMember(archive: Buffer, localOffset: number, method: number, compressedSize: number): Buffer {
  if (localOffset + 30 > archive.length || archive.readUInt32LE(localOffset) !== localFileHeader) {
    throw new DocumentFormatError('a ZIP member header is damaged');
  }
  const dataStart = localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
  const data = archive.subarray(dataStart, dataStart + compressedSize);
  if (data.length !== compressedSize) throw new DocumentFormatError('a ZIP member is truncated');
  if (method === 0) return data;
  if (method !== 8) throw new DocumentFormatError(`ZIP compression method ${method} is not supported`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxMemberBytes });
  } catch (error) {
    throw new DocumentFormatError(`a ZIP member cannot be inflated: ${(error as Error).message}`);
  }
}
