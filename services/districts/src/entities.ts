import { District } from './district/district.entity';

export const entities = [District];
